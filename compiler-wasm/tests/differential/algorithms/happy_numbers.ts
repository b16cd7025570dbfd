function next(n: number): number {
  let s = 0;
  while (n > 0) {
    const d = n % 10;
    s += d * d;
    n = Math.floor(n / 10);
  }
  return s;
}
function isHappy(n: number): boolean {
  let slow = n;
  let fast = next(n);
  while (fast !== 1 && slow !== fast) {
    slow = next(slow);
    fast = next(next(fast));
  }
  return fast === 1;
}
let happy = "";
for (let i = 1; i <= 50; i++) if (isHappy(i)) happy += i + " ";
console.log(happy);

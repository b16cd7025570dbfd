function bump(n: number): number {
  n = n + 1;
  n *= 2;
  return n;
}
function shout(s: string, times: number): string {
  while (times > 0) {
    s += "!";
    times--;
  }
  return s;
}
const x = 5;
let word = "hey";
console.log(bump(x), x, shout(word, 3), word, shout("", 0));

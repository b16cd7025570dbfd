function isPrime(n: number): boolean {
  if (n < 2) return false;
  if (n % 2 === 0) return n === 2;
  for (let d = 3; d * d <= n; d += 2) {
    if (n % d === 0) return false;
  }
  return true;
}
let count = 0;
let last = 0;
for (let n = 0; n < 10000; n++) {
  if (isPrime(n)) {
    count++;
    last = n;
  }
}
console.log(count, last, isPrime(2147483647), isPrime(1000000007), isPrime(1000000008));

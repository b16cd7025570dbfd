function square(x: number): number {
  return x * x;
}
function isPrime(n: number): boolean {
  if (n < 2) return false;
  for (let d = 2; d * d <= n; d++) {
    if (n % d === 0) return false;
  }
  return true;
}
function label(n: number): string {
  return isPrime(n) ? "p" + n : "c" + n;
}
const fib = (n: number): number => (n < 2 ? n : fib(n - 1) + fib(n - 2));
const xs: number[] = [];
for (let i = 0; i < 20; i++) xs.push(i);
console.log(xs.map((x) => square(x)).filter((x) => x % 3 === 1).length);
console.log(xs.filter((x) => isPrime(x)));
console.log(xs.slice(0, 8).map((x) => label(x)).join(" "));
console.log(xs.slice(0, 12).map((x) => fib(x)));
console.log(xs.reduce((acc, x) => acc + (isPrime(x) ? square(x) : 0), 0));
console.log(xs.some((x) => fib(x) === 144), xs.findIndex((x) => fib(x) > 100));

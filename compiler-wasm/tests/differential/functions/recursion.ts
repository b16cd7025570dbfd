function fib(n: number): number {
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}
function fact(n: number): number {
  return n <= 1 ? 1 : n * fact(n - 1);
}
console.log(fib(20), fact(10), fact(25));

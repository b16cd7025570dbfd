function fib(n: number): number {
  let a = 0;
  let b = 1;
  for (let i = 0; i < n; i++) {
    const t = a + b;
    a = b;
    b = t;
  }
  return a;
}
console.log(fib(0), fib(1), fib(10), fib(50), fib(78), fib(79), fib(80), fib(1476), fib(1477));

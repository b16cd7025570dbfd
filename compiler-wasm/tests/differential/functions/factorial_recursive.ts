function fact(n: number): number {
  if (n <= 1) return 1;
  return n * fact(n - 1);
}
console.log(fact(0), fact(1), fact(5), fact(18), fact(21), fact(170), fact(171));

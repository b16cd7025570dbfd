function hypot(a: number, b: number): number {
  return Math.sqrt(a * a + b * b);
}
console.log(hypot(3, 4), hypot(5, 12), hypot(1, 1), hypot(0, 0), hypot(-3, -4), hypot(1e200, 1e200), hypot(1e-200, 1e-200));

function newton(x: number): number {
  if (x === 0) return 0;
  let g = x;
  for (let i = 0; i < 60; i++) {
    const next = (g + x / g) / 2;
    if (next === g) break;
    g = next;
  }
  return g;
}
console.log(newton(2), Math.sqrt(2), newton(2) === Math.sqrt(2), newton(1e10), newton(0.5), newton(0));

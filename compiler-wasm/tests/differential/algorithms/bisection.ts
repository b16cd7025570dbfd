function f(x: number): number {
  return x * x * x - x - 2;
}
let lo = 1;
let hi = 2;
let iterations = 0;
while (hi - lo > 1e-12) {
  const mid = (lo + hi) / 2;
  if (f(mid) > 0) hi = mid;
  else lo = mid;
  iterations++;
}
console.log(lo.toFixed(10), iterations, Math.abs(f(lo)) < 1e-10);

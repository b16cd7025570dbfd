function inc(n: number): number {
  return n + 1;
}
function dbl(n: number): number {
  return n * 2;
}
function wrap(s: string): string {
  return "(" + s + ")";
}
console.log(inc(dbl(inc(1))), dbl(dbl(dbl(dbl(1)))), wrap(wrap(wrap(String(inc(0))))));
console.log(inc(inc(inc(inc(inc(0))))) === 5, wrap(String(dbl(inc(-1)))));

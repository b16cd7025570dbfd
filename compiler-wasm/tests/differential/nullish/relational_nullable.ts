// `<`, `>`, `<=`, `>=` with a number that may be missing: `null` compares as 0 and
// `undefined` as NaN (every comparison with NaN is false).
const counts: Record<string, number> = { a: 2, b: 0 };
const n: number | null = null;
for (const k of ["a", "b", "c"]) {
  console.log(k, counts[k] > 1, counts[k] < 1, counts[k] >= 0, 1 <= counts[k]);
}
console.log(n > -1, n < 1, n >= 0, n <= -1);

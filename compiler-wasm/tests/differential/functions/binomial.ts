function choose(n: number, k: number): number {
  if (k === 0 || k === n) return 1;
  return choose(n - 1, k - 1) + choose(n - 1, k);
}
for (let n = 0; n < 7; n++) {
  let row = "";
  for (let k = 0; k <= n; k++) row += choose(n, k) + " ";
  console.log(row.trim());
}

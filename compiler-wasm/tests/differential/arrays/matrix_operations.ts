function identity(n: number): number[][] {
  const m: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row: number[] = [];
    for (let j = 0; j < n; j++) row.push(i === j ? 1 : 0);
    m.push(row);
  }
  return m;
}
function multiply(a: number[][], b: number[][]): number[][] {
  return a.map((row) => b[0].map((_, j) => row.reduce((s, x, k) => s + x * b[k][j], 0)));
}
const m = [[1, 2], [3, 4]];
console.log(identity(3));
console.log(multiply(m, m), multiply(m, identity(2)));
const t = m[0].map((_, j) => m.map((row) => row[j]));
console.log(t);
console.log(m.map((row) => row.join(" ")).join("\n"));

function sumAll(rows: number[][]): number {
  return rows.map((r) => r.reduce((a, x) => a + x, 0)).reduce((a, x) => a + x, 0);
}
function evens(xs: number[]): number[] {
  return xs.filter((x) => x % 2 === 0);
}
const grid = [[1, 2, 3], [4, 5, 6]];
console.log(grid.map((r) => sumAll([r, evens(r)])));
console.log([grid, [[7]]].map((g) => sumAll(g)));

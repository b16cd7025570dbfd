function sumTree(depth: number): number {
  if (depth === 0) return 1;
  const children = [depth - 1, depth - 1, depth - 1];
  return 1 + children.map((d) => sumTree(d)).reduce((a, b) => a + b, 0);
}
function flatten(rows: number[][]): number[] {
  const out: number[] = [];
  rows.forEach((row) => {
    row.forEach((x) => {
      out.push(x);
    });
  });
  return out;
}
function countDown(n: number): string[] {
  if (n === 0) return ["go"];
  return [String(n)].concat(countDown(n - 1));
}
console.log(sumTree(0), sumTree(1), sumTree(3));
console.log(flatten([[1], [2, 3], [], [4, 5, 6]]));
console.log(countDown(5).join(" "));
console.log([3, 2, 1].map((n) => countDown(n).length));

const rows = [[1, 2, 3], [4, 5], [], [6]];
console.log(rows.map((row) => row.map((x) => x * 10)));
console.log(rows.map((row) => row.reduce((s, x) => s + x, 0)));
console.log(rows.filter((row) => row.some((x) => x % 2 === 0)));
console.log(rows.map((row, i) => row.map((x, j) => i * 10 + j + x / 100)));
let total = 0;
rows.forEach((row) => {
  row.forEach((x) => {
    total += x;
  });
});
console.log(total);
const pairs: string[] = [];
const a = [1, 2, 3];
a.forEach((x) => {
  a.forEach((y) => {
    if (x < y) pairs.push(x + "-" + y);
  });
});
console.log(pairs);
console.log(a.map((x) => a.filter((y) => y !== x).reduce((s, y) => s + y * x, 0)));

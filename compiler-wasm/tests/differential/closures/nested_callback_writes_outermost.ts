const grid = [[1, 0, 1], [0, 0, 0], [1, 1, 1]];
let ones = 0;
let fullRows = 0;
let cells = "";
grid.forEach((row, r) => {
  let rowOnes = 0;
  row.forEach((v, c) => {
    ones += v;
    rowOnes += v;
    if (v === 1) cells += "(" + r + "," + c + ")";
  });
  if (rowOnes === row.length) fullRows++;
});
console.log(ones, fullRows, cells);
let depth = 0;
const sums = grid.map((row) =>
  row.map((v) => {
    depth++;
    return v + depth;
  })
);
console.log(sums, depth);

let grid = "";
for (let r = 0; r < 3; r++) {
  let row = "";
  for (let c = 0; c < 4; c++) {
    row += (r + c) % 2 === 0 ? "#" : ".";
  }
  grid += row + (r < 2 ? "/" : "");
}
console.log(grid, grid.length);

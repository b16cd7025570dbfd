let lines = 0;
for (let i = 0; i < 4; i++) {
  let row = "";
  for (let j = 0; j < 4; j++) {
    if (j > i) break;
    row = row + (i * j) + " ";
  }
  console.log(row.trim());
  lines++;
}
console.log("lines", lines);

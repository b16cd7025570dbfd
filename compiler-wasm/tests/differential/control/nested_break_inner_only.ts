let out = "";
for (let i = 0; i < 4; i++) {
  for (let j = 0; j < 4; j++) {
    if (j > i) break;
    out += `${i}${j} `;
  }
  out += "| ";
}
console.log(out);

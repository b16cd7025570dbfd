let out = "";
for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    if (j === 1) continue;
    out += `${i}${j} `;
  }
  if (i === 1) continue;
  out += "; ";
}
console.log(out);

let out = "";
for (let i = 0; i < 5; i++) {
  if (i % 2 === 0) {
    let j = 0;
    while (j < i) {
      j++;
      if (j === 3) break;
    }
    out += `${i}:${j} `;
  } else {
    do {
      out += "odd ";
    } while (false);
  }
}
console.log(out);

let out = "";
for (let i = 0; i < 3; i++) {
  switch (i) {
    default:
      out += "d" + i;
  }
}
console.log(out);

const out: number[] = [];
for (let i = 0; i < 3; i++) {
  let local = i * 10;
  [1, 2].forEach((x) => {
    local += x;
    out.push(local);
  });
}
console.log(out);

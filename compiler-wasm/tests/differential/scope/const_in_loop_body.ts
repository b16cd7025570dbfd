let total = 0;
for (let i = 1; i <= 4; i++) {
  const sq = i * i;
  const msg = `${i}^2=${sq}`;
  total += sq;
  console.log(msg);
}
console.log("total", total);

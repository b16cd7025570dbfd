let mismatches = 0;
for (let i = 0; i < 4; i++) {
  const p = i % 2 === 1;
  const q = i >= 2;
  if (!(p && q) !== (!p || !q)) mismatches++;
  if (!(p || q) !== (!p && !q)) mismatches++;
  console.log(p, q, p && q, p || q, p !== q, p === q);
}
console.log("mismatches", mismatches);

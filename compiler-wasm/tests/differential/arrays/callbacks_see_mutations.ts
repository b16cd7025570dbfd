const xs = [1, 2, 3];
const seen: number[] = [];
xs.forEach((x) => {
  seen.push(x);
  if (x === 1) xs.push(4);
});
console.log(seen, xs);
const ys = [1, 2, 3];
const mapped = ys.map((y, i) => {
  if (i === 0) ys[2] = 30;
  return y * 2;
});
console.log(mapped, ys);
const zs = [5, 6, 7];
const kept = zs.filter((z) => {
  if (z === 5) zs[1] = 60;
  return z > 10;
});
console.log(kept, zs);

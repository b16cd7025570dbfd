const xs = [3, 1, 2];
const ys = xs.map((x) => {
  console.log("map", x);
  return x * 2;
});
const zs = ys.filter((y) => {
  console.log("filter", y);
  return y > 2;
});
console.log(ys, zs);
const r = zs.reduce((a, z) => {
  console.log("reduce", a, z);
  return a + z;
}, 0);
console.log(r);
xs.some((x) => {
  console.log("some", x);
  return x === 1;
});
xs.every((x) => {
  console.log("every", x);
  return x > 1;
});

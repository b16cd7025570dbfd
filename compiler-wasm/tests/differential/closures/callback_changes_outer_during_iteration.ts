const xs = [1, 2, 3, 4];
let k = 1;
const ys = xs.map((x) => {
  k = k * 2;
  return x * k;
});
console.log(ys, k);
let threshold = 0;
const kept = xs.filter((x) => {
  const keep = x > threshold;
  threshold = x + 1;
  return keep;
});
console.log(kept, threshold);
let budget = 5;
const affordable = xs.every((x) => {
  budget -= x;
  return budget >= 0;
});
console.log(affordable, budget);

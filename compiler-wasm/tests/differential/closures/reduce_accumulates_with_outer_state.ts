const xs = [2, 4, 6, 8];
let steps = 0;
const product = xs.reduce((acc, x) => {
  steps++;
  return acc * x;
}, 1);
console.log(product, steps);
let runningMax = 0;
const prefixMax = xs.map((x) => {
  runningMax = Math.max(runningMax, x);
  return runningMax;
});
console.log(prefixMax);
let prev = 0;
const deltas = [1, 4, 9, 16, 25].map((x) => {
  const d = x - prev;
  prev = x;
  return d;
});
console.log(deltas, prev);

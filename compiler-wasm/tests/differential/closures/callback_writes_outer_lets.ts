const xs = [4, -2, 7, 0, 7, -9];
let sum = 0;
let max = -Infinity;
let min = Infinity;
let log = "";
let positives = 0;
xs.forEach((x) => {
  sum += x;
  if (x > max) max = x;
  if (x < min) min = x;
  log = log + (x >= 0 ? "+" : "-");
  if (x > 0) positives++;
});
console.log(sum, max, min, log, positives);
let flag = false;
xs.forEach((x) => {
  flag = flag || x === 0;
});
console.log(flag);

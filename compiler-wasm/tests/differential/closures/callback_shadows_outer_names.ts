const x = 100;
const xs = [1, 2, 3];
console.log(xs.map((x) => x + 1), x);
let i = 7;
console.log(xs.map((v, i) => v * i), i);
const total = xs.reduce((x, y) => x + y, x);
console.log(total);
console.log(xs.map((x) => {
  const i = x * 2;
  let xs = i + 1;
  return xs;
}), i, xs);

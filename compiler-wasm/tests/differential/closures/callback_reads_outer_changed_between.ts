const xs = [1, 2, 3];
let k = 10;
const a = xs.map((x) => x * k);
k = 100;
const b = xs.map((x) => x * k);
let suffix = "!";
const c = xs.map((x) => x + suffix);
suffix = "?";
console.log(a, b, c, xs.map((x) => x + suffix));
for (let round = 0; round < 3; round++) {
  console.log(xs.filter((x) => x > round).map((x) => x * round));
}

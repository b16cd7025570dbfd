const xs = [5, 3, 8, 1, 9, 2];
const doubled = xs.map((x) => x * 2);
const big = xs.filter((x) => x > 4);
const sum = xs.reduce((acc, x) => acc + x, 0);
console.log(doubled, big, sum);
console.log(xs.map((x, i) => x + i));
console.log(xs.some((x) => x > 8), xs.every((x) => x > 0), xs.every((x) => x > 1));
console.log(xs.findIndex((x) => x === 8), xs.findIndex((x) => x === 100));
console.log(xs.indexOf(9), xs.indexOf(7), xs.includes(3), [NaN].includes(NaN), [NaN].indexOf(NaN));
const words = xs.map((x) => "n" + x).filter((w) => w !== "n8");
console.log(words.join(", "));
let total = 0;
xs.forEach((x) => {
  total += x;
});
console.log(total);

const xs: number[] = [];
for (let i = 0; i < 10000; i++) xs.unshift(i);
console.log(xs[0], xs[9999], xs.length);
const ys = xs.slice();
for (let i = 0; i < 5000; i++) ys.shift();
console.log(ys.length, ys[0], xs.length);

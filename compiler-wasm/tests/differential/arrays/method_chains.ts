const xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
console.log(xs.filter((x) => x % 2 === 0).map((x) => x * x).reduce((a, x) => a + x, 0));
console.log(xs.slice(2, 8).reverse().map((x) => String(x)).join("<"));
console.log(xs.concat([11]).filter((x) => x > 5).slice(1).indexOf(9));
console.log(xs.map((x) => [x, -x]).filter((p) => p[0] > 8));
console.log(xs.map((x) => x / 4).filter((x) => x === Math.floor(x)).includes(2));
console.log([...xs.slice(0, 2), ...xs.slice(-2)].some((x) => x === 9));

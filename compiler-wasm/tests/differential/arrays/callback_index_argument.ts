const xs = [10, 20, 30, 40];
console.log(xs.map((x, i) => x * i));
console.log(xs.filter((x, i) => i % 2 === 1));
console.log(xs.findIndex((x, i) => x + i > 31), xs.findIndex((x, i) => i === 2 && x === 30));
console.log(xs.some((x, i) => i > 3), xs.every((x, i) => x === (i + 1) * 10));
let acc = "";
xs.forEach((x, i) => {
  acc += i + ":" + x + " ";
});
console.log(acc);
console.log(xs.reduce((sum, x, i) => sum + x * i, 0));

const xs = JSON.parse("[1e400, -1e400, -0, 0.1, 1e-400, 123456789012345678901234567890]") as number[];
console.log(xs, JSON.stringify(xs));
const n = JSON.parse("-0") as number;
console.log(n, 1 / n);

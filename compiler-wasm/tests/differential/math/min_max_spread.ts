// Math.min / Math.max with spread arrays, mixed with plain arguments; empty arrays give
// ±Infinity, a NaN element gives NaN, -0 and 0 keep their order.
const xs = [3, -7, 12.5, 0];
const empty: number[] = [];
console.log(Math.max(...xs), Math.min(...xs), Math.max(...xs, 20), Math.min(1, ...xs, -8));
console.log(Math.max(...empty), Math.min(...empty), Math.max(...empty, 4), Math.min(...xs, ...empty));
console.log(Math.max(...[1, NaN, 3]), Math.min(...[-0, 0]), 1 / Math.min(...[0, -0]));
const prices = [{ p: 4 }, { p: 9 }, { p: 2 }];
console.log(Math.max(...prices.map((x) => x.p), 1), Math.min(...prices.map((x) => x.p)));

const a = 0.1;
const b = 0.2;
const c = 0.3;
console.log((a + b) + c, a + (b + c), (a + b) + c === a + (b + c));
console.log((a * b) * c, a * (b * c));
const big = 1e16;
console.log((big + 1) + 1, big + (1 + 1), (big - big) + 1, big - (big - 1));
console.log(1e308 * 10 / 10, 1e308 / 10 * 10);

console.log(Math.min(), Math.max(), Math.min(5), Math.max(-5), Math.min(0 / 0), Math.max(-0));
console.log(Math.min(3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5), Math.max(3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5));
console.log(Math.min(1, 2, 0 / 0, 3), Math.max(0 / 0, 1), Math.min(-0, 0, -0), Math.max(0, -0, 0), Math.min(Infinity, 1e308));

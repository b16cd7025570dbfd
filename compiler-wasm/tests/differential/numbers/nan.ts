const n = 0 / 0;
console.log(n, n === n, n !== n, n < 1, n > 1, n + 1, isNaN(n), isNaN(1));
console.log(Math.max(1, n), Math.min(n, 1), n ? "truthy" : "falsy");

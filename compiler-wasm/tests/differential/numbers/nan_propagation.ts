const n = 0 / 0;
console.log(n + 1, n - 1, n * 0, n / n, n % 1, 1 % n, -n, +n);
console.log(Infinity - Infinity, Infinity * 0, 0 * -Infinity, Infinity / Infinity, Infinity % 1);
console.log(n === n, n !== n, n == n, n < n, n >= n, n > 0, n <= 0);
const isSelfUnequal = n !== n;
console.log(isSelfUnequal, isNaN(n), isNaN(n + 1), isNaN(Infinity));

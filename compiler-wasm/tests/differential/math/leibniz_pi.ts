let sum = 0;
let sign = 1;
for (let k = 0; k < 100000; k++) {
  sum += sign / (2 * k + 1);
  sign = -sign;
}
console.log(sum * 4, Math.abs(sum * 4 - Math.PI) < 1e-4, (sum * 4).toFixed(4));

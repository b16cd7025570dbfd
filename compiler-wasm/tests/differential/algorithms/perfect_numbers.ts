function divisorSum(n: number): number {
  let sum = 1;
  for (let d = 2; d * d <= n; d++) {
    if (n % d === 0) {
      sum += d;
      if (d * d !== n) sum += n / d;
    }
  }
  return sum;
}
let perfect = "";
for (let n = 2; n < 10000; n++) if (divisorSum(n) === n) perfect += n + " ";
console.log(perfect.trim());
console.log(divisorSum(220), divisorSum(284));

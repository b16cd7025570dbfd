function steps(n: number): number {
  let count = 0;
  while (n !== 1) {
    n = n % 2 === 0 ? n / 2 : 3 * n + 1;
    count++;
  }
  return count;
}
console.log(steps(1), steps(6), steps(7), steps(27), steps(97), steps(871));

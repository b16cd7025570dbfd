function sumDigitsAcc(n: number, acc: number): number {
  if (n === 0) return acc;
  return sumDigitsAcc(Math.floor(n / 10), acc + (n % 10));
}
function joinRange(from: number, to: number, acc: string): string {
  if (from > to) return acc;
  return joinRange(from + 1, to, acc === "" ? String(from) : acc + "," + from);
}
console.log(sumDigitsAcc(98765, 0), sumDigitsAcc(0, 7), joinRange(1, 5, ""), "[" + joinRange(3, 2, "") + "]");

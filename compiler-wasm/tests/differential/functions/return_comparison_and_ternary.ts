function max3(a: number, b: number, c: number): number {
  return a > b ? (a > c ? a : c) : b > c ? b : c;
}
function between(x: number, lo: number, hi: number): boolean {
  return x >= lo && x <= hi;
}
console.log(max3(1, 2, 3), max3(3, 2, 1), max3(2, 3, 1), max3(0 / 0, 1, 2), max3(1, 0 / 0, 2));
console.log(between(5, 1, 10), between(0, 1, 10), between(0 / 0, 0, 1));

function smaller(a: number, b: number): number {
  return a < b ? a : b;
}
function larger(a: number, b: number): number {
  return a > b ? a : b;
}
console.log(smaller(1, 2), smaller(2, 1), smaller(0 / 0, 1), smaller(1, 0 / 0), smaller(-0, 0), smaller(0, -0));
console.log(larger(1, 2), larger(0 / 0, 1), larger(1, 0 / 0), Math.min(0 / 0, 1), Math.max(1, 0 / 0));

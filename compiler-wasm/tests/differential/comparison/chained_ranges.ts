function inRange(x: number, lo: number, hi: number): boolean {
  return lo <= x && x < hi;
}
console.log(inRange(0, 0, 10), inRange(10, 0, 10), inRange(-0, 0, 1), inRange(0 / 0, -1, 1));
console.log(inRange(5, 10, 0), inRange(Infinity, 0, Infinity), inRange(-Infinity, -Infinity, 0));

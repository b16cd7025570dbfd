function clamp(x: number, lo: number, hi: number): number {
  return Math.min(Math.max(x, lo), hi);
}
console.log(clamp(5, 0, 10), clamp(-5, 0, 10), clamp(15, 0, 10), clamp(0 / 0, 0, 10), clamp(-0, 0, 10), clamp(Infinity, 0, 10));

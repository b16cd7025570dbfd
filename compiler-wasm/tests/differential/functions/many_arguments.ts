function sum8(a: number, b: number, c: number, d: number, e: number, f: number, g: number, h: number): number {
  return a + b + c + d + e + f + g + h;
}
function describe(a: string, b: number, c: boolean, d: string, e: number, f: boolean, g: string, h: number, i: boolean, j: string): string {
  return `${a}${b}${c}${d}${e}${f}${g}${h}${i}${j}`;
}
console.log(sum8(1, 2, 3, 4, 5, 6, 7, 8), sum8(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8));
console.log(describe("a", 1, true, "b", -0, false, "", 1e21, 1 > 2, "end"));

const xs = [1, 2, 3];
console.log(xs.map(function (x) {
  return x * 2;
}));
console.log(xs.map((x: number): number => x * 3), xs.filter(x => x > 1), xs.reduce((a: number, x: number) => a + x, 0));
console.log(xs.map(function (x: number, i: number): string {
  return x + ":" + i;
}));

function n(name: string, v: number): number {
  console.log("arg", name);
  return v;
}
function sum3(a: number, b: number, c: number): number {
  console.log("sum3 body");
  return a + b + c;
}
const r = sum3(n("first", 1), n("second", 2), sum3(n("inner1", 3), n("inner2", 4), n("inner3", 5)));
console.log("r", r);
const m = Math.max(n("m1", 1), n("m2", 9), n("m3", 3));
console.log("m", m);

function n(name: string, v: number): number {
  console.log(name);
  return v;
}
const r = n("a", 1) + n("b", 2) * n("c", 3) - n("d", 4) / n("e", 2);
console.log("r", r);
const cmp = n("left", 1) < n("right", 2);
console.log("cmp", cmp);
const s = n("x", 1) + "" + n("y", 2);
console.log("s", s);

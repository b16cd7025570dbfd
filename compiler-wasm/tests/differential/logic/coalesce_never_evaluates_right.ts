function num(name: string, v: number): number {
  console.log("evaluated", name);
  return v;
}
const a = 0 ?? num("a", 1);
const b = (0 / 0) ?? num("b", 2);
const c = num("c", -0) ?? num("d", 3);
const e = "" ?? "never";
const f = false ?? true;
console.log(a, b, c, "[" + e + "]", f);

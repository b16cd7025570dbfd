function num(name: string, v: number): number {
  console.log("evaluated", name);
  return v;
}
function str(name: string, v: string): string {
  console.log("evaluated", name);
  return v;
}
const a = num("a", 0) && num("b", 5);
const b = num("c", 0 / 0) || num("d", 7);
const c = str("e", "") || str("f", "fallback");
const d = str("g", "x") && str("h", "");
const e = num("i", 0) ?? num("j", 1);
console.log(a, b, c, "[" + d + "]", e);

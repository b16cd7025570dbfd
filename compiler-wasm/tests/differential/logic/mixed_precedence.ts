function v(name: string, b: boolean): boolean {
  console.log(name);
  return b;
}
const r1 = v("a", true) || v("b", false) && v("c", false);
console.log("r1", r1);
const r2 = (v("d", true) || v("e", false)) && v("f", false);
console.log("r2", r2);
const r3 = v("g", false) && v("h", true) || v("i", true);
console.log("r3", r3);
const r4 = !v("j", false) && !v("k", true) || !v("l", false);
console.log("r4", r4);

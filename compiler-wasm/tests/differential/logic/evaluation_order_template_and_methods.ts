function s(name: string, v: string): string {
  console.log("eval", name);
  return v;
}
function n(name: string, v: number): number {
  console.log("eval", name);
  return v;
}
const t = `${s("one", "1")}-${n("two", 2)}-${s("three", "3")}`;
console.log(t);
const p = s("receiver", "ab").padStart(n("length", 5), s("pad", "*"));
console.log(p);
const r = s("r", "a-b").replaceAll(s("from", "-"), s("to", "+"));
console.log(r);

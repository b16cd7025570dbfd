function yes(name: string): boolean {
  console.log("evaluated", name);
  return true;
}
function no(name: string): boolean {
  console.log("evaluated", name);
  return false;
}
const r1 = yes("a") || no("b");
console.log("r1", r1);
const r2 = no("c") || yes("d");
console.log("r2", r2);
const r3 = no("e") || no("f") || yes("g") || no("h");
console.log("r3", r3);

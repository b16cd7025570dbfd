function yes(name: string): boolean {
  console.log("evaluated", name);
  return true;
}
function no(name: string): boolean {
  console.log("evaluated", name);
  return false;
}
const r1 = no("a") && yes("b");
console.log("r1", r1);
const r2 = yes("c") && no("d");
console.log("r2", r2);
const r3 = yes("e") && yes("f") && no("g") && yes("h");
console.log("r3", r3);

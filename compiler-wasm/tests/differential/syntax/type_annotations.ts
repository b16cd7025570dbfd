let a: number = 5;
const s: string = "x";
let b: boolean = true;
function f(x: number, label: string, flag: boolean): string {
  const out: string = label + x;
  return flag ? out : "";
}
a += 1;
b = !b;
console.log(a, s, b, f(1, "n", true), "[" + f(2, "m", false) + "]");

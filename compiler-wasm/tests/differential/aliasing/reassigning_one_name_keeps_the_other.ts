let a = [1, 2];
const b = a;
a = [9];
a.push(10);
console.log(a, b);
b.push(3);
console.log(a, b);
interface R {
  v: number;
}
let r: R = { v: 1 };
const keep = r;
r = { v: 2 };
r.v = 20;
console.log(r, keep);
let s = "x";
const t = s;
s += "y";
console.log(s, t);

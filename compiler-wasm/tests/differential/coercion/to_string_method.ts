const n = 255;
const t = true;
const s = "abc";
console.log(n.toString(), (1.5).toString(), (-0).toString(), t.toString(), s.toString());
console.log((n * 2).toString().length, (0 / 0).toString(), (1 / 0).toString(), false.toString());

const s = "Original";
const t = s;
const u = s.toUpperCase();
const v = s.replaceAll("i", "!");
const w = s.slice(1);
let x = s;
x += "!";
console.log(s, t, u, v, w, x, s === t);

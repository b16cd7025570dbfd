let out = "";
let t = 0;
for (let n = 1; n < 300; n++) {
  t += n;
  const r = Math.sqrt(t);
  if (r === Math.floor(r)) out += t + " ";
}
console.log(out);

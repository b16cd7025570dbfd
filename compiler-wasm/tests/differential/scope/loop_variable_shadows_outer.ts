let i = 100;
let out = "";
for (let i = 0; i < 3; i++) {
  out += i;
}
console.log(out, i);
const j = "outer";
for (let j = 0; j < 2; j++) {
  const k = j * 10;
  out += k;
}
console.log(out, j);

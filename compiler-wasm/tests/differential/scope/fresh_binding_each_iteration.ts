let out = "";
for (let i = 0; i < 4; i++) {
  let acc = 0;
  acc += i;
  const label = "#" + acc;
  out += label;
}
console.log(out);
let w = 0;
while (w < 3) {
  let local = w * 2;
  local++;
  out += local;
  w++;
}
console.log(out);

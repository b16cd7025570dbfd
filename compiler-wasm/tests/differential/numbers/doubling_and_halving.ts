let x = 1;
let ups = 0;
while (x !== Infinity) {
  x *= 2;
  ups++;
}
let y = 1;
let downs = 0;
while (y !== 0) {
  y /= 2;
  downs++;
}
console.log(ups, downs);
let last = 1;
while (last / 2 !== 0) last /= 2;
console.log(last, last === 5e-324);

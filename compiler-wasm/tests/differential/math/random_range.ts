let ok = true;
let distinct = 0;
let last = -1;
for (let i = 0; i < 1000; i++) {
  const r = Math.random();
  if (r < 0 || r >= 1) ok = false;
  if (r !== last) distinct++;
  last = r;
}
console.log("in [0, 1):", ok, "mostly distinct:", distinct > 990);
const die = Math.floor(Math.random() * 6) + 1;
console.log(die >= 1 && die <= 6, isInt(die));
function isInt(x: number): boolean {
  return Math.trunc(x) === x;
}

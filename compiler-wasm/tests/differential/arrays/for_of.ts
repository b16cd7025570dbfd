const xs = [3, 1, 4, 1, 5, 9, 2, 6];
let max = -Infinity;
for (const x of xs) {
  if (x > max) max = x;
}
console.log(max);
let out = "";
for (const w of ["alpha", "beta", "gamma"]) {
  if (w === "beta") continue;
  out += w.charAt(0);
}
console.log(out);
let count = 0;
for (const x of xs) {
  if (x === 9) break;
  count++;
}
console.log(count);

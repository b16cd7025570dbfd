const counts: Record<string, number> = {};
for (const v of ["a", "b", "a"]) {
  counts[v] ??= 0;
  counts[v] += 1;
}
let label = "";
label ||= "none";
let n = 5;
n &&= n * 2;
const o = { x: 0, y: 3 };
o.x ||= 7;
o.y &&= o.y + 1;
console.log(JSON.stringify(counts), label, n, o.x, o.y);

// Destructuring in declarations, parameters and loops; defaults apply to undefined only.
function area({ w, h = 2 }: { w: number; h?: number }): number {
  return w * h;
}
const [first, second, ...rest] = [5, 6, 7, 8];
const [only, missing] = [1];
const { x, y: why } = { x: "X", y: "Y" };
console.log(area({ w: 3 }), area({ w: 3, h: 4 }), first, second, rest, only, missing, x + why);
const pairs = [
  { k: "a", v: 1 },
  { k: "b", v: 2 },
];
let s = "";
for (const { k, v } of pairs) s += k + v;
console.log(s, pairs.map(({ k }) => k).join(""));

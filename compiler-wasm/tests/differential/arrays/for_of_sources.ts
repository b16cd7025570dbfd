function make(n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(i * 2);
  return out;
}
let s = "";
for (const x of make(4)) s += x;
for (const x of [7, 8]) s += x;
for (const row of [[1, 2], [3]]) for (const x of row) s += "<" + x + ">";
console.log(s);
const xs = [1, 2, 3];
for (let x of xs) {
  x += 1;
  xs[0] = x;
}
console.log(xs);

let cur: number[] = [];
let keep: number[][] = [];
for (let i = 0; i < 2000; i++) {
  cur = cur.concat([i]);
  if (i % 500 === 0) keep.push(cur);
  if (cur.length > 10) cur = cur.slice(5);
}
console.log(cur, keep.length, keep.map((k) => k.length));
let s = 0;
for (let i = 0; i < 3000; i++) {
  const tmp = [i, i + 1, i + 2];
  const copy = [...tmp, ...tmp];
  s += copy.reduce((a, x) => a + x, 0);
}
console.log(s);
keep = [] as number[][];
console.log(keep, cur.length);

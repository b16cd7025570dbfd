interface Stack {
  items: number[];
  pushes: number;
}
function pushTwice(xs: number[], v: number): void {
  xs.push(v);
  xs.push(v);
}
function record(s: Stack, v: number): Stack {
  s.items.push(v);
  s.pushes++;
  return s;
}
function cleared(xs: number[]): number[] {
  const c = xs.slice();
  c.splice(0, c.length);
  return c;
}
const xs: number[] = [];
pushTwice(xs, 1);
pushTwice(xs, 2);
console.log(xs);
const s: Stack = { items: [], pushes: 0 };
const same = record(record(s, 5), 6);
console.log(s, same === s);
console.log(cleared(xs), xs);

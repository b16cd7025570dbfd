interface Pair {
  a: number[];
  b: number[];
}
const shared = [1];
const p: Pair = { a: shared, b: shared };
p.a.push(2);
console.log(p, p.a === p.b);
const q = JSON.parse(JSON.stringify(p)) as Pair;
q.a.push(3);
console.log(q, q.a === q.b, p);

// pending: a module-level function cannot read a top-level const of a .ts program: node prints "11", dx rejects it with DX0201 (unknown identifier `LIMIT`).
const LIMIT = 10;
function f(x: number): number {
  return x + LIMIT;
}
console.log(f(1));

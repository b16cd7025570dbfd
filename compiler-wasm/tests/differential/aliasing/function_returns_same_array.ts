function addTo(xs: number[], v: number): number[] {
  xs.push(v);
  return xs;
}
function pick(a: number[], b: number[], first: boolean): number[] {
  return first ? a : b;
}
const a = [1];
const b = addTo(addTo(a, 2), 3);
console.log(a, b, a === b);
const c = [100];
pick(a, c, false).push(101);
pick(a, c, true)[0] = -1;
console.log(a, c);

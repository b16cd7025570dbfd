function sort3(a: number, b: number, c: number): string {
  let x = a;
  let y = b;
  let z = c;
  let t = 0;
  if (x > y) { t = x; x = y; y = t; }
  if (y > z) { t = y; y = z; z = t; }
  if (x > y) { t = x; x = y; y = t; }
  return `${x} ${y} ${z}`;
}
console.log(sort3(3, 1, 2), sort3(-1, -Infinity, Infinity), sort3(0, -0, 0), sort3(1e21, 1e-7, 1));

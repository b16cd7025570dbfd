interface Vec {
  x: number;
  y: number;
}
function add(a: Vec, b: Vec): Vec {
  return { x: a.x + b.x, y: a.y + b.y };
}
function scale(v: Vec, k: number): Vec {
  return { x: v.x * k, y: v.y * k };
}
function len(v: Vec): number {
  return Math.sqrt(v.x * v.x + v.y * v.y);
}
function moveInPlace(v: Vec, dx: number): void {
  v.x += dx;
}
const a: Vec = { x: 3, y: 4 };
const b = add(a, scale(a, 2));
console.log(a, b, len(a), len(b));
moveInPlace(a, 1);
console.log(a, b);
const path: Vec[] = [a, b, add(a, b)];
console.log(path.map((v) => len(v)).map((l) => Math.round(l * 100) / 100));

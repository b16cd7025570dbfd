function div(a: number, b: number): number {
  return Math.trunc(a / b);
}
function mod(a: number, b: number): number {
  return ((a % b) + b) % b;
}
console.log(div(7, 2), div(-7, 2), div(7, -2), div(-7, -2), div(1, 0), div(0, 1));
console.log(mod(7, 3), mod(-7, 3), mod(-1, 5), mod(5, 5), mod(-0, 5));

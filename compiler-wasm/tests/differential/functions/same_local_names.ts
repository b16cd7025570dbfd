function a(x: number): number {
  let total = 0;
  for (let i = 0; i < x; i++) total += i;
  return total;
}
function b(x: number): string {
  let total = "";
  for (let i = 0; i < x; i++) total += i;
  return total;
}
let total = 100;
const i = "main-i";
console.log(a(5), b(5), total, i);

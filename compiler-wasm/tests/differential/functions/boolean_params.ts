function choose(flag: boolean, a: string, b: string): string {
  return flag ? a : b;
}
function xor(a: boolean, b: boolean): boolean {
  return a !== b;
}
console.log(choose(true, "yes", "no"), choose(false, "yes", "no"), choose(1 < 2, "lt", "ge"));
console.log(xor(true, true), xor(true, false), xor(false, true), xor(false, false));

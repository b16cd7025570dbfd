function spellA(n: number): string {
  return n <= 0 ? "." : "a" + spellB(n - 1);
}
function spellB(n: number): string {
  return n <= 0 ? "!" : "B" + spellA(n - 1);
}
console.log(spellA(0), spellA(1), spellA(5), spellB(4), spellA(20).length);

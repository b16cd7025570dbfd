console.log(later(3), helper("x"));
function later(n: number): number {
  return helper("ab").length * n;
}
function helper(s: string): string {
  return s + s;
}

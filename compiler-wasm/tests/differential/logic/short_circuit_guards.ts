function safeDiv(a: number, b: number): number {
  return b !== 0 && a / b > 1 ? a / b : 0;
}
function firstChar(s: string): string {
  return s.length > 0 && s.charAt(0) !== " " ? s.charAt(0) : "?";
}
console.log(safeDiv(10, 2), safeDiv(1, 0), safeDiv(1, 2), firstChar("hi"), firstChar(""), firstChar(" x"));

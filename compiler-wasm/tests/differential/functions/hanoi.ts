function moves(n: number, from: string, to: string, via: string): string {
  if (n === 0) return "";
  return moves(n - 1, from, via, to) + from + to + " " + moves(n - 1, via, to, from);
}
function count(n: number): number {
  return n === 0 ? 0 : 2 * count(n - 1) + 1;
}
console.log(moves(3, "A", "C", "B"));
console.log(count(3), count(10), count(64));

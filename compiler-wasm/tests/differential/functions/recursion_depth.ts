function sumTo(n: number): number {
  return n === 0 ? 0 : n + sumTo(n - 1);
}
function depth(s: string, n: number): string {
  return n === 0 ? s : depth(s + (n % 10), n - 1);
}
console.log(sumTo(1000), sumTo(3000), depth("", 30));

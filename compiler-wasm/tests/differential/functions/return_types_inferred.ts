function half(n: number) {
  return n / 2;
}
function label(n: number) {
  return "n=" + n;
}
function positive(n: number) {
  return n > 0;
}
const isPos = positive(half(-3));
console.log(half(5), label(half(3)), positive(1), isPos, label(1).length);

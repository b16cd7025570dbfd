function firstDivisor(n: number): number {
  for (let d = 2; d * d <= n; d++) {
    if (n % d === 0) return d;
  }
  return n;
}
function indexOfChar(s: string, c: string): number {
  let i = 0;
  while (i < s.length) {
    if (s.charAt(i) === c) return i;
    i++;
  }
  return -1;
}
console.log(firstDivisor(91), firstDivisor(97), firstDivisor(1), firstDivisor(1000000007));
console.log(indexOfChar("hello", "l"), indexOfChar("hello", "z"), indexOfChar("", "a"));

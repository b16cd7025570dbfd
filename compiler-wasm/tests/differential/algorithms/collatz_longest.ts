function length(n: number): number {
  let steps = 1;
  while (n !== 1) {
    n = n % 2 === 0 ? n / 2 : 3 * n + 1;
    steps++;
  }
  return steps;
}
let best = 1;
let bestLen = 1;
for (let i = 1; i < 10000; i++) {
  const l = length(i);
  if (l > bestLen) {
    best = i;
    bestLen = l;
  }
}
console.log(best, bestLen);

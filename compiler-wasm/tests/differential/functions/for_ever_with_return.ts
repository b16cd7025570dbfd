function firstPowerOfTwoAbove(n: number): number {
  let p = 1;
  for (;;) {
    if (p > n) return p;
    p *= 2;
  }
}
console.log(firstPowerOfTwoAbove(0), firstPowerOfTwoAbove(1), firstPowerOfTwoAbove(1000), firstPowerOfTwoAbove(1e300));

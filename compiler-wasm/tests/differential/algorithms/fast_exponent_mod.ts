function powMod(base: number, exp: number, mod: number): number {
  let result = 1;
  let b = base % mod;
  let e = exp;
  while (e > 0) {
    if (e % 2 === 1) result = (result * b) % mod;
    b = (b * b) % mod;
    e = Math.floor(e / 2);
  }
  return result;
}
console.log(powMod(2, 10, 1000), powMod(3, 200, 13), powMod(7, 1000000, 1000003), powMod(10, 0, 7), powMod(94906265, 2, 1e15));

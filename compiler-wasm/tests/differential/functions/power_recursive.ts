function power(base: number, exp: number): number {
  if (exp === 0) return 1;
  const half = power(base, Math.floor(exp / 2));
  return exp % 2 === 0 ? half * half : half * half * base;
}
console.log(power(2, 10), power(3, 0), power(2, 53), power(2, 1023), power(2, 1024), power(-2, 3), power(0.5, 3));

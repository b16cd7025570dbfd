function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
function lcm(a: number, b: number): number {
  return (a / gcd(a, b)) * b;
}
console.log(gcd(12, 18), gcd(17, 5), gcd(0, 9), gcd(9, 0), gcd(1071, 462), gcd(2147483648, 6));
console.log(lcm(4, 6), lcm(21, 6), lcm(1, 1), lcm(123456, 7890));

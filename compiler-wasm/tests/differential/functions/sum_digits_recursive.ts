function digitSum(n: number): number {
  return n < 10 ? n : (n % 10) + digitSum(Math.floor(n / 10));
}
function digitalRoot(n: number): number {
  return n < 10 ? n : digitalRoot(digitSum(n));
}
console.log(digitSum(0), digitSum(9), digitSum(12345), digitSum(9007199254740991), digitalRoot(987654321));

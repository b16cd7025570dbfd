function isInt(x: number): boolean {
  return Math.floor(x) === x;
}
function isSafeInt(x: number): boolean {
  return isInt(x) && Math.abs(x) <= 9007199254740991;
}
console.log(isInt(1), isInt(1.5), isInt(-0), isInt(0 / 0), isInt(Infinity), isInt(1e21), isInt(5e-324));
console.log(isSafeInt(9007199254740991), isSafeInt(9007199254740992), isSafeInt(-9007199254740991), isSafeInt(0.5));

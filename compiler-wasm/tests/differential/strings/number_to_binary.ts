function toBase(n: number, base: number): string {
  const digits = "0123456789abcdefghijklmnopqrstuvwxyz";
  if (n === 0) return "0";
  let out = "";
  let m = Math.abs(n);
  while (m > 0) {
    out = digits.charAt(m % base) + out;
    m = Math.floor(m / base);
  }
  return n < 0 ? "-" + out : out;
}
console.log(toBase(0, 2), toBase(5, 2), toBase(255, 2), toBase(255, 16), toBase(-255, 16), toBase(4294967295, 16));
console.log(toBase(9007199254740991, 36), toBase(1e21, 36), toBase(1000000, 7));

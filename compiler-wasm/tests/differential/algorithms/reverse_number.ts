function reverseDigits(n: number): number {
  let r = 0;
  let m = Math.abs(n);
  while (m > 0) {
    r = r * 10 + (m % 10);
    m = Math.floor(m / 10);
  }
  return n < 0 ? -r : r;
}
console.log(reverseDigits(12345), reverseDigits(-120), reverseDigits(0), reverseDigits(1000000003), reverseDigits(9007199254740991));

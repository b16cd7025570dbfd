function addDecimal(a: string, b: string): string {
  let out = "";
  let carry = 0;
  let i = a.length - 1;
  let j = b.length - 1;
  while (i >= 0 || j >= 0 || carry > 0) {
    const da = i >= 0 ? a.charCodeAt(i) - 48 : 0;
    const db = j >= 0 ? b.charCodeAt(j) - 48 : 0;
    const sum = da + db + carry;
    out = String(sum % 10) + out;
    carry = Math.floor(sum / 10);
    i--;
    j--;
  }
  return out;
}
console.log(addDecimal("9007199254740993", "9007199254740993"), addDecimal("999", "1"), addDecimal("0", "0"));

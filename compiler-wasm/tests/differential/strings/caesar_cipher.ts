function shift(s: string, k: number): string {
  const lower = "abcdefghijklmnopqrstuvwxyz";
  const upper = lower.toUpperCase();
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    const li = lower.indexOf(c);
    const ui = upper.indexOf(c);
    if (li >= 0) out += lower.charAt((li + k + 26) % 26);
    else if (ui >= 0) out += upper.charAt((ui + k + 26) % 26);
    else out += c;
  }
  return out;
}
const secret = shift("Hello, World! xyz", 3);
console.log(secret, shift(secret, -3), shift("abc", 26), shift("", 5));

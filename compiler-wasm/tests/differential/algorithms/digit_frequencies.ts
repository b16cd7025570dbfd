function countDigit(s: string, d: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charAt(i) === d) n++;
  return n;
}
const pi = String(Math.PI);
let out = "";
for (let d = 0; d < 10; d++) out += d + ":" + countDigit(pi, String(d)) + " ";
console.log(pi, out);

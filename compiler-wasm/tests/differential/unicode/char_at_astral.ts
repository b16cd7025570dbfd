function codes(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) out += s.charCodeAt(i) + " ";
  return out.trim();
}
const s = "😀";
console.log(codes(s.charAt(0)), codes(s.charAt(1)), s.charAt(0).length, s.charAt(2) === "", s.charAt(0) + s.charAt(1) === s);

function codes(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) out += s.charCodeAt(i) + " ";
  return out.trim();
}
const s = "x😀y";
console.log(codes(s.slice(0, 2)), codes(s.slice(1, 3)), codes(s.slice(2)), codes(s.substring(3, 1)));
console.log(s.slice(1, 3), s.slice(1, 3) === "😀", s.indexOf("y"), s.lastIndexOf("😀"));

function repeatJoin(s: string, n: number, sep: string): string {
  let out = "";
  for (let i = 0; i < n; i++) {
    if (i > 0) out += sep;
    out += s;
  }
  return out;
}
function box(s: string): string {
  const line = "+" + "-".repeat(s.length + 2) + "+";
  return line + "\n| " + s + " |\n" + line;
}
console.log(repeatJoin("ab", 3, ", "), "[" + repeatJoin("x", 0, ",") + "]", repeatJoin("", 3, "-"));
console.log(box("dx"));

function codes(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) out += s.charCodeAt(i) + " ";
  return out.trim();
}
console.log("😀".repeat(3), "😀".repeat(3).length, "ab".padStart(6, "😀"), "ab".padEnd(6, "😀"));
console.log(codes("ab".padStart(5, "😀")), codes("ab".padEnd(3, "😀")));

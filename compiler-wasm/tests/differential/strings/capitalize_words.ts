function capitalize(s: string): string {
  let out = "";
  let startOfWord = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    out += startOfWord ? c.toUpperCase() : c.toLowerCase();
    startOfWord = c === " ";
  }
  return out;
}
console.log(capitalize("hello wORLD from dx"), capitalize(""), capitalize("  two  spaces"), capitalize("ßtraße"));

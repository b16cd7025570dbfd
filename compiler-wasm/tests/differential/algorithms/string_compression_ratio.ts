function distinctChars(s: string): number {
  let seen = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    if (!seen.includes(c)) seen += c;
  }
  return seen.length;
}
const text = "the quick brown fox jumps over the lazy dog";
console.log(distinctChars(text), distinctChars(""), distinctChars("aaaa"), (distinctChars(text) / text.length).toFixed(3));

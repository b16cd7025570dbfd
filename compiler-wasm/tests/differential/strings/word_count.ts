function words(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charAt(i) === " " || s.charAt(i) === "\n" || s.charAt(i) === "\t";
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
console.log(words("the quick brown fox"), words(""), words("   "), words("  leading and trailing  "), words("a\nb\tc"));

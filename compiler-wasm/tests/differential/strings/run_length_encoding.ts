function rle(s: string): string {
  if (s === "") return "";
  let out = "";
  let run = 1;
  for (let i = 1; i <= s.length; i++) {
    if (i < s.length && s.charAt(i) === s.charAt(i - 1)) {
      run++;
    } else {
      out += run + s.charAt(i - 1);
      run = 1;
    }
  }
  return out;
}
console.log(rle("aaabccdddd"), rle("abc"), "[" + rle("") + "]", rle("zzzzzzzzzzzz"), rle("aabbaa"));

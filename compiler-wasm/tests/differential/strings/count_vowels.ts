function vowels(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    if ("aeiouAEIOU".includes(s.charAt(i))) n++;
  }
  return n;
}
console.log(vowels("Hello World"), vowels(""), vowels("rhythm"), vowels("AEIOUaeiou"), vowels("ae" + ""));

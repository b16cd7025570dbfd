function clean(s: string): string {
  let out = "";
  const letters = "abcdefghijklmnopqrstuvwxyz";
  const lower = s.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    if (letters.includes(lower.charAt(i))) out += lower.charAt(i);
  }
  return out;
}
function isPalindrome(s: string): boolean {
  const c = clean(s);
  for (let i = 0, j = c.length - 1; i < j; i++, j--) {
    if (c.charAt(i) !== c.charAt(j)) return false;
  }
  return true;
}
console.log(isPalindrome("A man, a plan, a canal: Panama"), isPalindrome("Hello"), isPalindrome(""), isPalindrome("No 'x' in Nixon"));

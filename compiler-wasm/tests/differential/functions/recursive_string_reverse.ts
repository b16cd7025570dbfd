function reverse(s: string): string {
  return s.length <= 1 ? s : reverse(s.slice(1)) + s.charAt(0);
}
function isPalindrome(s: string): boolean {
  if (s.length < 2) return true;
  if (s.charAt(0) !== s.charAt(s.length - 1)) return false;
  return isPalindrome(s.slice(1, -1));
}
console.log(reverse("hello"), reverse(""), reverse("a"), reverse("ab cd"));
console.log(isPalindrome("racecar"), isPalindrome("abba"), isPalindrome("abc"), isPalindrome(""));

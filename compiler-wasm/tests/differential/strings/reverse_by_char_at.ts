function reverse(s: string): string {
  let out = "";
  for (let i = s.length - 1; i >= 0; i--) out += s.charAt(i);
  return out;
}
console.log(reverse("hello"), reverse(""), reverse("a"), reverse("racecar"), reverse("12345"));

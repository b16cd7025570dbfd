function vowel(c: string): boolean {
  switch (c.toLowerCase()) {
    case "a":
    case "e":
    case "i":
    case "o":
    case "u":
      return true;
  }
  return false;
}
let count = 0;
const text = "Programming In TypeScript Is Fun";
for (let i = 0; i < text.length; i++) {
  if (vowel(text.charAt(i))) count++;
}
console.log(count);

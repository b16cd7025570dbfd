const words = ["Apple", "banana", "", "Cherry", "date"];
let caps = 0;
const lens = words.map((w) => {
  if (w.length > 0 && w.charAt(0) === w.charAt(0).toUpperCase()) caps++;
  return w.length;
});
console.log(lens, caps);
const prefix = "x";
console.log(words.filter((w) => w.length > 4).map((w) => prefix + w.toLowerCase()));
console.log(words.findIndex((w) => w.startsWith("C")), words.every((w) => w.length < 7));
let joined = "";
words.forEach((w, i) => {
  joined += (i > 0 ? "," : "") + w.slice(0, 2);
});
console.log(joined);

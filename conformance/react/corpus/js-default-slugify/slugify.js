const accents = { á: "a", à: "a", ä: "a", é: "e", è: "e", ë: "e", í: "i", ó: "o", ö: "o", ú: "u", ü: "u", ñ: "n", ç: "c" };

export default function slugify(input, separator = "-") {
  return input
    .toLowerCase()
    .split("")
    .map((ch) => accents[ch] ?? ch)
    .join("")
    .replace(/[^a-z0-9]+/g, separator)
    .replace(new RegExp(`^\\${separator}+|\\${separator}+$`, "g"), "");
}

// `replace` with a string pattern (first occurrence only; `$&` in the replacement is the
// match), and `parseInt` with a radix.
const path = "a-b-c";
console.log(path.replace("-", "/"), path.replaceAll("-", "/"), path.replace("x", "y"));
console.log("price: 5".replace("5", "[$&]"), "aaa".replace("", "_"));
console.log(parseInt("ff", 16), parseInt("101", 2), parseInt("42px", 10), parseInt("z", 36));
console.log(parseInt("12", 0), parseInt("9", 8), parseInt(" 7 ", 10), parseInt("0x1A", 16));
// Unary plus and minus on strings convert as `Number` does.
const typed = " 12.5 ";
console.log(+typed, -typed, +"", +"abc", -"0x10", +"1e3" + 1);
// Indexing a string: a one-unit string, or undefined outside it (and for a non-integer).
const word = "wasm";
console.log(word[0], word[3], word[4] === undefined, word[-1] === undefined, word[1.5] === undefined);
console.log(word[0].toUpperCase() + word.slice(1), "" + word[9], (word[2] ?? "?") + (word[7] ?? "?"));
let initials = "";
for (const part of "ada byron lovelace".split(" ")) initials += part[0].toUpperCase();
console.log(initials);
console.log("[" + "  pad  ".trimStart() + "]", "[" + "  pad  ".trimEnd() + "]");

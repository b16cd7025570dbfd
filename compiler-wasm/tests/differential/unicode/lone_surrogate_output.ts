// Printing lone surrogates: the runner shows them as <U+XXXX> so they survive JSON.
const s = "\uD83D";
console.log(s, s.length);
console.log("😀".charAt(0));

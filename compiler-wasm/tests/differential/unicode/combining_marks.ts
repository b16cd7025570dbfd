const e = "e\u0301";
const word = "cafe\u0301";
console.log(e, e.length, word, word.length, word.toUpperCase(), word.toUpperCase().length);
console.log(word.slice(0, 4), word.endsWith("\u0301"), word.includes("é"), "n\u0303".toUpperCase().length);

const composed = "\u00e9";
const decomposed = "e\u0301";
console.log(composed === decomposed, composed.length, decomposed.length, composed < decomposed);
console.log(composed.toUpperCase() === "\u00c9", decomposed.toUpperCase() === "E\u0301");

const s = "naïve café 😀 résumé 😀";
console.log(s.indexOf("café"), s.indexOf("😀"), s.lastIndexOf("😀"), s.includes("résumé"), s.indexOf("e\u0301"));
console.log(s.slice(s.indexOf("😀"), s.indexOf("😀") + 2), s.length, s.toUpperCase());

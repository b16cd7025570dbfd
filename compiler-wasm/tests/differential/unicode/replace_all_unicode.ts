console.log("a😀b😀c".replaceAll("😀", "-"), "café".replaceAll("é", "e"), "ßß".replaceAll("ß", "ss"));
console.log("e\u0301e\u0301".replaceAll("\u0301", ""), "😀😀".replaceAll("😀", "😀😀").length);

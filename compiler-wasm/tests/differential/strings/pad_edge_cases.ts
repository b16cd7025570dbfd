console.log("abc".padStart(6, "12345"), "abc".padEnd(6, "12345"), "abc".padStart(2, "x"), "abc".padStart(3, "x"));
console.log("[" + "abc".padStart(6, "") + "]", "abc".padStart(7, "ab"), "abc".padEnd(7, "ab"), "".padStart(3, "ab"));
console.log("5".padStart(3, "0"), "-5".padStart(4, "0"), "abc".padStart(-5, "x"), "abc".padEnd(4.9, "!"));

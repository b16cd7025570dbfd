const s = "abc";
console.log(s.indexOf(""), s.lastIndexOf(""), s.includes(""), s.startsWith(""), s.endsWith(""));
console.log("".indexOf(""), "".lastIndexOf(""), "".includes(""), "".startsWith(""), "".endsWith(""));
console.log("".indexOf("a"), "".includes("a"), s.startsWith(s), s.endsWith(s), s.startsWith(s + s));

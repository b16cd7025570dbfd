console.log("".length, "a".length, "abc".length, " ".length, "\n".length, "\t\t".length);
console.log("😀".length, "é".length, "e\u0301".length, ("ab" + "cd").length, `${12}`.length);
const s = "hello";
console.log(s.length, s.slice(1).length, s.repeat(3).length, (s + s).length - s.length);

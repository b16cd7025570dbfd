const a = "ab" + "c";
let b = "";
b += "a";
b += "bc";
console.log(a === b, a === "abc", b !== "abc", "abc".slice(0, 2) === "ab", "ab".repeat(2) === "abab");
console.log("ABC".toLowerCase() === "abc", " a ".trim() === "a", `${1}${2}` === "12");

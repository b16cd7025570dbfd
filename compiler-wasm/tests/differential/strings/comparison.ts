console.log("a" < "b", "B" < "a", "abc" < "abd", "ab" < "abc", "" < "a", "10" < "9");
console.log("a" === "a", "a" !== "A", "é" === "é", "x" >= "x", "y" <= "x");

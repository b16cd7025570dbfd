console.log("a-b-c".replaceAll("-", "+"), "aaa".replaceAll("a", "b"), "aaa".replaceAll("aa", "b"));
console.log("abc".replaceAll("x", "y"), "abc".replaceAll("abc", ""), "".replaceAll("a", "b"), "abc".replaceAll("", "-"));
console.log("a.b.c".replaceAll(".", ""), "one two  three".replaceAll(" ", "_"), "CaSe".replaceAll("s", "z"));

console.log("abc".length, "abc".toUpperCase(), `x${1}`.length, "a-b".replaceAll("-", ""), ("a" + "b").repeat(2));
console.log("hello".charAt(1), "hello".charCodeAt(1), "hello".slice(1, 3), "hello".includes("ell"), "  x ".trim());

const s = "  Hello, World  ";
console.log(s.trim(), s.toUpperCase(), s.toLowerCase(), s.length, s.trim().length);
console.log(s.includes("World"), s.startsWith("  H"), s.endsWith("x"), s.indexOf("o"), s.lastIndexOf("o"), s.indexOf("zz"));
console.log(s.slice(2), s.slice(2, 7), s.slice(-5), s.slice(-5, -2), s.slice(10, 2), s.substring(7, 2));
console.log("ab".repeat(3), "5".padStart(3, "0"), "x".padEnd(4, "-") + "|", "a-b-c".replaceAll("-", "+"));
console.log("abc".charAt(1), "abc".charAt(9) === "", "abc".charCodeAt(0), "abc".charCodeAt(5));

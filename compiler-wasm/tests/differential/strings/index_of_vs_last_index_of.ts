const s = "abcabcabc";
console.log(s.indexOf("a"), s.lastIndexOf("a"), s.indexOf("bc"), s.lastIndexOf("bc"), s.indexOf("cab"), s.lastIndexOf("cab"));
console.log(s.indexOf("abcabcabc"), s.lastIndexOf("abcabcabc"), s.indexOf("abcabcabcd"), s.lastIndexOf("d"));
console.log("aaaa".indexOf("aa"), "aaaa".lastIndexOf("aa"), "Abc".indexOf("a"), "Abc".indexOf("A"));

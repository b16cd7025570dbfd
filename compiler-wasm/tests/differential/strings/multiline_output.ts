const s = "line one\nline two\n  indented";
console.log(s);
console.log(s.length, s.indexOf("\n"), s.lastIndexOf("\n"));
console.log("a\n" + "b", `c
d`);

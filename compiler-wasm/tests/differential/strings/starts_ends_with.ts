const url = "https://example.com/index.html";
console.log(url.startsWith("https://"), url.startsWith("http://"), url.endsWith(".html"), url.endsWith(".htm"));
console.log(url.startsWith("HTTPS"), url.endsWith("html "), "a".startsWith("ab"), "ab".endsWith("b"), "".endsWith("x"));

const s = "a😀b";
for (let i = 0; i < s.length; i++) {
  console.log(i, s.charCodeAt(i), s.charCodeAt(i) >= 55296 && s.charCodeAt(i) <= 56319 ? "high" : s.charCodeAt(i) >= 56320 && s.charCodeAt(i) <= 57343 ? "low" : "bmp");
}
console.log("\u{1F600}" === "😀", "\uD83D\uDE00" === "😀", "😀".charCodeAt(0).toString(), "😀".charCodeAt(1) - 56320);

const strs = [
  "plain",
  "",
  'double "quotes"',
  "single 'quotes'",
  "back\\slash",
  "new\nline",
  "tab\tcr\rff\fbs\b",
  "nul\u0000unit\u001fdel\u007f",
  "é ü ß",
  "日本",
  "😀",
  "\u2028\u2029",
  "</script>",
];
for (const s of strs) {
  console.log(JSON.stringify(s));
}
console.log(JSON.stringify(strs));
console.log(JSON.stringify("\ud800"), JSON.stringify("a" + "\udc00" + "b"), JSON.stringify(["\udbff\udfff", "\udfff\udbff"]));

console.log("Hello World".toUpperCase(), "Hello World".toLowerCase(), "123-abc_XYZ".toUpperCase());
console.log("".toUpperCase() === "", "ALREADY".toUpperCase(), "mIxEd".toLowerCase().toUpperCase());
const s = "Keep";
const upper = s.toUpperCase();
console.log(s, upper, s === "Keep");

// s.split(sep) returns a string[]; Math and Number functions and constants are exactly JS's.
const parts = "a,b,,c".split(",");
console.log(parts, parts.length, "".split(","), "abc".split(""), "a--b".split("--"));
console.log("2024-11-26".split("-").map((p) => Number(p)).reduce((a, b) => a + b, 0));
console.log(Math.sin(1), Math.cos(0), Math.atan2(1, 2), Math.hypot(3, 4), Math.log10(1000), Math.cbrt(27));
console.log(Math.clz32(1), Math.imul(3, 4), Math.fround(5.5), Math.expm1(0), Math.log2(8), Math.LN2, Math.SQRT1_2);
console.log(Number.MAX_SAFE_INTEGER, Number.EPSILON > 0, Number.isInteger(5), Number.isInteger(5.5), Number.isFinite(1 / 0), isFinite(3));
console.log(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN, Number.MIN_VALUE, Number.isSafeInteger(2 ** 53));

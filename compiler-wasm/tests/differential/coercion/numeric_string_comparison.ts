console.log("10" < "9", 10 < 9, String(10) < String(9), Number("10") < Number("9"));
console.log("2" > "10", "abc" < "abd", "100" === String(100), "1e2" === String(100));
console.log(String(0.1 + 0.2) === "0.30000000000000004", String(-0) === "0");

const e = "";
console.log(e.length, "[" + e.charAt(0) + "]", e.charCodeAt(0), "[" + e.slice(0) + "]", "[" + e.substring(0, 5) + "]");
console.log("[" + e.toUpperCase() + "]", "[" + e.trim() + "]", "[" + e.repeat(5) + "]", e.padStart(3, "x"), e.padEnd(2, "y"));
console.log(e.indexOf(""), e.includes(""), e === "", e + e === e, e < "a", e ? "t" : "f", "[" + e.replaceAll("", "-") + "]");

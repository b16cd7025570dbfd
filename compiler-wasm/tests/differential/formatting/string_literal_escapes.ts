console.log("\x41\x42", "\u0043", "\u{44}", "\u{1F600}", 'single "double"', "double 'single'");
console.log("back\\slash", "quote\"", 'apos\'', "tab\tx", "cr\rx".length, "nul\0x".length);
console.log("line1\nline2", "\v\f\b".length, "\u00e9" === "é");

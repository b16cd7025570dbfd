console.log("😀".length, "𝒳".length, "a😀".length, "😀😀😀".length, "\u{10FFFF}".length, "\u{10000}".length);
console.log("🇯🇵".length, "👨‍👩‍👧".length, "👍🏽".length, "字".length, "𠮷".length);

console.log("\u{1F600}", "\u{41}", "\u0041", "\x41", "\u{0}".length, "\u{10FFFF}".length, "\u00DF".toUpperCase());
console.log("\u{1F600}".length, "\u{1F600}" === "\uD83D\uDE00", "\u{FFFF}".length, "\u{10000}".charCodeAt(0), "\u{10000}".charCodeAt(1));

const s = "héllo wörld ✓ 😀";
console.log(s, s.length, s.toUpperCase(), s.indexOf("✓"), s.slice(14), s.charCodeAt(14));
console.log("ß".toUpperCase(), "İ".toLowerCase().length, "😀".length, "a😀b".slice(1, 3));

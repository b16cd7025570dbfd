const ws = " \t\n\r\v\f\u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";
const s = ws + "x y" + ws;
console.log("[" + s.trim() + "]", s.length, s.trim().length, ws.trim().length);
console.log("[" + "\u200b x \u200b".trim() + "]", "\u200b x \u200b".trim().length, "[" + "   ".trim() + "]");
console.log("[" + "".trim() + "]", "no-space".trim() === "no-space", "\u0085x\u0085".trim().length);

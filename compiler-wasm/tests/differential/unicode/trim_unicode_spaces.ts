const s = "\u3000\u00a0 全角 \u2003\ufeff";
console.log("[" + s.trim() + "]", s.length, s.trim().length);
console.log("[" + "\u200b".trim() + "]", "\u180e".trim().length, "[" + "\u2028a\u2029".trim() + "]");

const s = "İ";
console.log(s.toLowerCase(), s.toLowerCase().length, s.toLowerCase().charCodeAt(1), "İstanbul".toLowerCase().length);
console.log("I".toLowerCase(), "i".toUpperCase(), "ı".toLowerCase(), "İ".toUpperCase() === "İ");

const zh = "你好，世界";
const ar = "مرحبا بالعالم";
const he = "שלום";
console.log(zh, zh.length, zh.charAt(2), zh.indexOf("世界"), zh.slice(3));
console.log(ar, ar.length, ar.indexOf(" "), he, he.length, he.charCodeAt(0));
console.log("日本語".padStart(5, "・"), "한국어".repeat(2), "漢字".toUpperCase() === "漢字");

console.log("ß".toUpperCase(), "ß".toUpperCase().length, "straße".toUpperCase(), "STRASSE".toLowerCase());
console.log("ẞ".toLowerCase(), "ß".toLowerCase(), "Maße".toUpperCase().length - "Maße".length);

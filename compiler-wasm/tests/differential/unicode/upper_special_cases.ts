console.log("ﬁ".toUpperCase(), "ﬀ".toUpperCase(), "ŉ".toUpperCase(), "ǆ".toUpperCase(), "ǅ".toLowerCase(), "ǅ".toUpperCase());
console.log("µ".toUpperCase(), "ÿ".toUpperCase(), "ı".toUpperCase(), "ſ".toUpperCase(), "ΐ".toUpperCase().length);

const family = "👨‍👩‍👧";
const flag = "🇯🇵";
console.log(family, family.length, family.indexOf("\u200d"), family.lastIndexOf("\u200d"), family.includes("👩"));
console.log(flag, flag.length, flag.charCodeAt(0), flag.charCodeAt(2), flag.startsWith("🇯"));
console.log("👍🏽".length, "👍🏽".startsWith("👍"), "👍🏽".endsWith("🏽"), "1️⃣".length);

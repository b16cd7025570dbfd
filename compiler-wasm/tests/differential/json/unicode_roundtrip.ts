const words = ["naïve", "Ωmega", "🎉🎉", "\u{10FFFF}", "zero\u200bwidth", "ﬁ ligature"];
const json = JSON.stringify(words);
console.log(json, json.length);
const back = JSON.parse(json) as string[];
console.log(back, back.map((w) => w.length).join(","));
console.log(back.every((w, i) => w === words[i]));
const escaped = JSON.parse('["\\u0041\\u00df\\u6771\\ud83c\\udf89"]') as string[];
console.log(escaped, escaped[0].length, JSON.stringify(escaped));

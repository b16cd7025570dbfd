const q = 'He said "hi"';
const a = "It's";
const b = "back\\slash";
console.log(q, a, b, q.length, b.length, b.indexOf("\\"));
console.log(`${q} & ${a}`, "\"" + a + "\"", '\'' + q + '\'');

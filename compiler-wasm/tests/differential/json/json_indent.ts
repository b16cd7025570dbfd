// `JSON.stringify(v, null, n)` indents as JavaScript does.
const data = { name: "x", tags: ["a", "b"], n: 1.5 };
console.log(JSON.stringify(data, null, 2));
console.log(JSON.stringify([1, 2], undefined, 4));

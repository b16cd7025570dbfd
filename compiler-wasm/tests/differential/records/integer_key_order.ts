// JavaScript lists array-index keys first, in numeric order, then the others as added.
const keys = { "+": 1, b: 2, "10": 3, "2": 4, "007": 5, "-1": 6 };
console.log(Object.keys(keys).join(" "));
console.log(Object.values(keys).join(" "));
console.log(Object.entries(keys).map(([k, v]) => k + "=" + v).join(" "));
console.log(JSON.stringify(keys));

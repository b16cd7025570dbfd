const xs = [1, 2];
const names = ["a", "b"];
console.log("xs:", xs, "and", names);
console.log("count", xs.length, [xs, xs]);
console.log("%s has %d items", names.join(""), xs.length, xs);
console.log(xs, "trailing");

// `match` with the g flag: every match in order, null when there is none, an empty match kept.
const text = "a1b22c333";
const digits = text.match(/\d+/g);
console.log(digits, (text.match(/x/g) || []).length, text.match(/x/g) === null);
console.log("Hello World".match(/[aeiou]/gi)!.length, "abc".match(/z*/g)!.length);
console.log(("education".match(/[aeiou]/g) ?? []).join(""), "x-y".match(/-/g)?.length ?? 0);

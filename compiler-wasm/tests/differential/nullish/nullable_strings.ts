// Strings that may be null: truthiness, ||, concatenation, comparison, in arrays and join.
const names: (string | null)[] = ["ada", null, "", "linus"];
let out = "";
for (const n of names) {
  out += (n ? n.toUpperCase() : "?") + ",";
}
console.log(out);
console.log(names.join("/"), names.filter((n) => n !== null).length, names.includes(null), names.indexOf(""));
const first: string | null = names[1];
console.log(first || "fallback", first ?? "nullish", "x" + first, first === null);
const scores: (number | null)[] = [NaN, null, 0, 3];
const empty: (number | null)[] = [null];
console.log(scores.includes(NaN), scores.indexOf(NaN), scores.includes(null), scores.indexOf(null), scores.indexOf(-0), empty.includes(NaN), empty.indexOf(null));

// Objects used as dictionaries: keys set at run time, JavaScript's key order (array-index
// keys first, ascending; then insertion order), a missing key reading undefined, number
// keys as strings, copies with a key set, fromEntries with a repeated key, JSON text.
const scores: Record<string, number> = {};
scores["zoe"] = 3;
scores["10"] = 1;
scores["amy"] = 5;
scores["2"] = 7;
scores[4294967294] = 8;
scores["4294967295"] = 9;
scores["01"] = 2;
scores["1.5"] = 4;
scores.zoe = scores.zoe! + 1;
console.log(Object.keys(scores).join(","));
console.log(Object.values(scores).join(","));
console.log(JSON.stringify(scores));
console.log(scores["nobody"] === undefined, scores[10], scores.amy);
const counts = ["b", "a", "b", "3", "c", "b", "3"].reduce(
  (acc: Record<string, number>, k) => ({ ...acc, [k]: (acc[k] ?? 0) + 1 }),
  {},
);
for (const [k, n] of Object.entries(counts)) console.log(k, n);
const more = { ...counts, a: 10, ["d"]: 1 };
console.log(Object.keys(counts).length, Object.keys(more).join(" "), more.a, counts.a);
const pairs: [string, string][] = [["x", "1"], ["y", "2"], ["x", "3"]];
const table = Object.fromEntries(pairs);
console.log(Object.keys(table).join(""), table.x, table.y);
const reversed = Object.fromEntries(Object.entries({ a: "x", b: "y" }).map(([k, v]) => [v, k]));
console.log(JSON.stringify(reversed), JSON.stringify(Object.fromEntries([["k", "1"], ["2", "two"]])));

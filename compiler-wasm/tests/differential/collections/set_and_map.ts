// Set and Map: construction from arrays and entries, has/add/delete/clear/size, insertion
// order, copies that do not share, iteration by for-of, spread and Array.from, get of a
// missing key, a repeated key keeping its place.
const tags = new Set(["react", "wasm", "react", "rust"]);
console.log(tags.size, tags.has("wasm"), tags.has("go"), [...tags]);
tags.add("go");
tags.add("wasm");
console.log(tags.delete("react"), tags.delete("elm"), [...tags], tags.size);
const copy = new Set(tags);
copy.add("zig");
console.log(tags.size, copy.size, Array.from(copy));
const seen = new Set<number>();
for (const n of [3, 1, 3, 2, 1]) seen.add(n);
let total = 0;
for (const n of seen) total += n;
console.log(seen.size, total, [...seen]);
const cart = new Map<string, number>();
cart.set("apple", 2).set("pear", 1);
cart.set("apple", (cart.get("apple") ?? 0) + 3);
console.log(cart.size, cart.get("apple"), cart.get("kiwi") === undefined, cart.has("pear"));
const roster = new Map([
  ["mon", "Ana"],
  ["tue", "Bo"],
  ["mon", "Cy"],
]);
for (const [day, who] of roster) console.log(day, who);
console.log([...roster.keys()], [...roster.values()], roster.delete("tue"), roster.size);
const later = new Map(roster);
console.log(later.size);
later.clear();
console.log(later.size);
console.log(roster.size);
console.log(Array.from(roster.entries()).length);
interface Post { title: string; tags?: string[] }
const posts: Post[] = [{ title: "a", tags: ["x"] }, { title: "b" }];
console.log(posts.map((p) => Array.isArray(p.tags)).join(","), Array.isArray(posts), Array.isArray("s"));

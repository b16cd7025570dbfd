interface Entry {
  key: string;
  value: number;
}
const entries: Entry[] = [
  { key: "a", value: 1 },
  { key: "b", value: 2 },
];
function lookup(entries: Entry[], k: string): number {
  const e = entries.find((x) => x.key === k);
  if (e === undefined) return -1;
  return e.value;
}
console.log(lookup(entries, "a"), lookup(entries, "b"), lookup(entries, "z"));
const hit = entries.find((x) => x.value > 1);
if (hit !== undefined) {
  hit.value = 200;
}
console.log(entries);
const miss = entries.find((x) => x.value > 1000);
console.log(miss === undefined, miss);
const empty: Entry[] = [];
console.log(empty.find((x) => x.value === 0) === undefined);

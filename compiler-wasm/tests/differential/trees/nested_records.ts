// Data that nests itself: a declared recursive type and an inferred one (`children: []` at the
// leaves, the field missing on others), walked recursively, copied with a node added, and
// printed as JSON.
type Item = { label: string; items?: Item[] };
const menu: Item = { label: "root", items: [{ label: "a", items: [{ label: "a1" }] }, { label: "b", items: [] }] };
function count(i: Item): number {
  return 1 + (i.items ? i.items.reduce((n, c) => n + count(c), 0) : 0);
}
console.log(count(menu), JSON.stringify(menu));
const thread = [
  { id: 1, text: "hi", replies: [{ id: 2, text: "hello", replies: [] }] },
  { id: 3, text: "bye", replies: [] },
];
function depth(list: (typeof thread)[number][]): number {
  return list.reduce((d, c) => Math.max(d, 1 + depth(c.replies)), 0);
}
function add(list: (typeof thread)[number][], parent: number, id: number): (typeof thread)[number][] {
  if (list.length === 0) return list;
  return list.map((c) =>
    c.id === parent
      ? { ...c, replies: [...c.replies, { id, text: "new", replies: [] }] }
      : { ...c, replies: add(c.replies, parent, id) },
  );
}
const more = add(thread, 2, 9);
console.log(depth(thread), depth(more), JSON.stringify(more));

// Fields given `[]` (and `null`) whose type later code tells: a history kept in a record, and
// data items where one has no tags.
const start = { past: [], present: 1, note: null };
function step(state, value) {
  return { past: [...state.past, state.present], present: value, note: "moved" };
}
const s = step(step(start, 5), 9);
console.log(s.past, s.present, s.note, start.past.length, start.note);
const posts = [
  { id: 1, tags: ["news", "tech"] },
  { id: 2, tags: [] },
];
console.log(posts.map((p) => p.tags.length), posts[1].tags.join("+"), posts[0].tags.join("+"));

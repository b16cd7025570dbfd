// A function whose first `return` gives `null` (its type comes from the later returns), an
// `undefined` one, `Number.isNaN`/`isFinite` of numbers that may be missing, and arrays made
// by `Array(n).fill(v)` (of `null`, typed by the first item assigned).
function parseAmount(text: string) {
  if (text === "") return null;
  const n = Number(text.replace(",", ""));
  return n;
}
function firstLong(words: string[]) {
  for (const w of words) {
    if (w.length < 3) continue;
    return w;
  }
  return undefined;
}
function label(text: string) {
  if (text.length > 5) return undefined;
  return text.toUpperCase();
}
for (const t of ["", "1,250", "abc", "7"]) {
  const a = parseAmount(t);
  console.log(t, a, Number.isNaN(a), Number.isFinite(a), a === null, String(a));
}
console.log(firstLong(["a", "bb", "ccc"]), firstLong(["x"]), label("short"), label("much longer"));
const board = Array(4).fill(null);
board[2] = "X";
console.log(board, board.join("-"), board[0] === null);
const zeros = new Array(3).fill(0);
zeros[1] += 5;
console.log(zeros, new Array(2).fill("ab").join(""), Array(0).fill(1).length);
// An empty array typed by its first `push`, converted for `console.log` (the failed first
// attempt's array of unknown items once made the module invalid).
const out = [];
out.push("x");
console.log(out);

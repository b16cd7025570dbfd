// An empty array of no written type takes the type of what is pushed into it later (also
// inside loops and branches), and `cond ? xs : []` the type of the other branch.
function range(start: number, end: number, step = 1) {
  const out = [];
  for (let i = start; step > 0 ? i < end : i > end; i += step) out.push(i);
  return out;
}
function board(size: number) {
  const cells = [];
  for (let i = 0; i < size; i++) {
    if (i % 2 === 0) cells.push({ id: i, label: "c" + i });
    else cells.push({ id: i, label: "odd" });
  }
  return cells;
}
function collatz(n: number) {
  const seq = [n];
  while (n !== 1) {
    n = n % 2 === 0 ? n / 2 : 3 * n + 1;
    seq.push(n);
  }
  return seq;
}
console.log(range(0, 5).join(","), range(10, 0, -3).join(","), range(3, 3).length);
console.log(board(4).map((c) => c.label).join(" "));
const valid = true;
const none = false;
console.log((valid ? collatz(6) : []).length, (none ? collatz(6) : []).length);
let words = [];
words.push("a");
words = words.concat(["b"]);
console.log(words.join("+"));

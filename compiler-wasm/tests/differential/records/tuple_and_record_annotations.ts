// Tuple types (`[Peg, Peg]`, `[string, number][]`), a parameter default typed by its
// annotation (`moves: Move[] = []`), and `Record<Union, V>` over an alias of string literals.
type Peg = "A" | "B" | "C";
type Move = [Peg, Peg];

function hanoi(n: number, from: Peg, to: Peg, via: Peg, moves: Move[] = []): Move[] {
  if (n === 0) return moves;
  hanoi(n - 1, from, via, to, moves);
  moves.push([from, to]);
  hanoi(n - 1, via, to, from, moves);
  return moves;
}

const moves = hanoi(3, "A", "C", "B");
console.log(moves.length, moves.map(([a, b]) => a + b).join(" "));

const pegs: Record<Peg, number[]> = { A: [3, 2, 1], B: [], C: [] };
for (const [from, to] of moves) pegs[to].push(pegs[from].pop()!);
console.log(pegs.A.length, pegs.B.length, pegs.C.join(","));

const scores: [string, number][] = [];
scores.push(["ana", 3]);
scores.push(["bo", 5]);
const best: [string, number] = scores[0][1] > scores[1][1] ? scores[0] : scores[1];
console.log(best[0], best[1], scores.length);

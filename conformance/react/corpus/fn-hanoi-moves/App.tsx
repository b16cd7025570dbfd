import { useState } from "react";

type Peg = "A" | "B" | "C";
type Move = [Peg, Peg];

function hanoi(n: number, from: Peg, to: Peg, via: Peg, moves: Move[] = []): Move[] {
  if (n === 0) return moves;
  hanoi(n - 1, from, via, to, moves);
  moves.push([from, to]);
  hanoi(n - 1, via, to, from, moves);
  return moves;
}

function applyMoves(n: number, moves: Move[]): Record<Peg, number[]> {
  const pegs: Record<Peg, number[]> = { A: Array.from({ length: n }, (_, i) => n - i), B: [], C: [] };
  for (const [from, to] of moves) pegs[to].push(pegs[from].pop()!);
  return pegs;
}

export default function App() {
  const [disks, setDisks] = useState(3);
  const [step, setStep] = useState(0);
  const moves = hanoi(disks, "A", "C", "B");
  const pegs = applyMoves(disks, moves.slice(0, step));

  return (
    <div>
      <button onClick={() => { setDisks(disks === 4 ? 2 : disks + 1); setStep(0); }}>Disks: {disks}</button>
      <button onClick={() => setStep(Math.min(moves.length, step + 1))} disabled={step === moves.length}>
        Next move
      </button>
      <button onClick={() => setStep(moves.length)}>Solve</button>
      <p>
        Move {step} of {moves.length}
        {step > 0 && ` (last: ${moves[step - 1][0]} → ${moves[step - 1][1]})`}
      </p>
      {Object.entries(pegs).map(([name, stack]) => (
        <div key={name} className="peg">
          {name}: {stack.map((d) => "▇".repeat(d)).join(" ") || "·"}
        </div>
      ))}
    </div>
  );
}

import { useState } from "react";

const BOARD_SIZE = 4;

function createInitialBoard() {
  const cells = [];
  for (let i = 0; i < BOARD_SIZE * BOARD_SIZE; i++) {
    cells.push({ id: i, revealed: false, value: ((i * 7) % 8) + 1 });
  }
  return cells;
}

export default function App() {
  const [cells, setCells] = useState(createInitialBoard);
  const [moves, setMoves] = useState(0);

  function reveal(id) {
    setCells(cells.map((c) => (c.id === id ? { ...c, revealed: true } : c)));
    setMoves((m) => m + 1);
  }

  const revealed = cells.filter((c) => c.revealed);
  const score = revealed.reduce((sum, c) => sum + c.value, 0);

  return (
    <div>
      <div style={{ display: "grid", gridTemplateColumns: `repeat(${BOARD_SIZE}, 32px)`, gap: 2 }}>
        {cells.map((c) => (
          <button key={c.id} onClick={() => reveal(c.id)} disabled={c.revealed}>
            {c.revealed ? c.value : "?"}
          </button>
        ))}
      </div>
      <p>
        Moves: {moves} · Score: {score}
      </p>
      <button onClick={() => { setCells(createInitialBoard()); setMoves(0); }}>New game</button>
    </div>
  );
}

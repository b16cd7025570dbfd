import { useEffect, useReducer } from "react";

type Cell = "" | "X" | "O";

interface GameState {
  board: Cell[];
  xIsNext: boolean;
  winner: Cell;
  moves: number;
}

type GameAction = { type: "play"; index: number } | { type: "restart" };

const LINES = [
  [0, 1, 2], [3, 4, 5], [6, 7, 8],
  [0, 3, 6], [1, 4, 7], [2, 5, 8],
  [0, 4, 8], [2, 4, 6],
];

function findWinner(board: Cell[]): Cell {
  for (const [a, b, c] of LINES) {
    if (board[a] && board[a] === board[b] && board[a] === board[c]) return board[a];
  }
  return "";
}

function createGame(firstPlayer: "X" | "O"): GameState {
  return { board: Array<Cell>(9).fill(""), xIsNext: firstPlayer === "X", winner: "", moves: 0 };
}

function reducer(state: GameState, action: GameAction): GameState {
  switch (action.type) {
    case "play": {
      if (state.winner || state.board[action.index]) return state;
      const board = state.board.slice();
      board[action.index] = state.xIsNext ? "X" : "O";
      return { board, xIsNext: !state.xIsNext, winner: findWinner(board), moves: state.moves + 1 };
    }
    case "restart":
      return createGame("X");
  }
}

export default function App() {
  const [game, dispatch] = useReducer(reducer, "X", createGame);

  useEffect(() => {
    document.title = game.winner ? `${game.winner} wins!` : `Move ${game.moves + 1}`;
  }, [game.winner, game.moves]);

  const status = game.winner
    ? `Winner: ${game.winner}`
    : game.moves === 9
      ? "Draw"
      : `Next player: ${game.xIsNext ? "X" : "O"}`;

  return (
    <div>
      <p className="status">{status}</p>
      <div className="board" style={{ display: "grid", gridTemplateColumns: "repeat(3, 40px)", gap: 2 }}>
        {game.board.map((cell, i) => (
          <button key={i} className="square" style={{ width: 40, height: 40 }} onClick={() => dispatch({ type: "play", index: i })}>
            {cell}
          </button>
        ))}
      </div>
      <button onClick={() => dispatch({ type: "restart" })}>Restart</button>
    </div>
  );
}

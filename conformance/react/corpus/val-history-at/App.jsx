import React from "react";

const moves = ["north", "east", "south", "west"];

export default function App() {
  const [history, setHistory] = React.useState(["start"]);
  const last = history.at(-1);
  const previous = history.at(-2);
  const recent = history.slice(-3).reverse();

  return (
    <div>
      {moves.map((m) => (
        <button key={m} onClick={() => setHistory([...history, m])}>
          Go {m}
        </button>
      ))}
      <button onClick={() => setHistory(history.length > 1 ? history.slice(0, -1) : history)}>Undo</button>
      <p>
        Now facing: <b>{last}</b>
        {previous !== undefined && <span> (came from {previous})</span>}
      </p>
      <p>Most recent: {recent.join(" ← ")}</p>
      <p>
        Steps taken: {history.length - 1}; first move: {history.at(1) ?? "none yet"}
      </p>
    </div>
  );
}

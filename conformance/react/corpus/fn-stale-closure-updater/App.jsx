import { useState } from "react";

export default function App() {
  const [score, setScore] = useState(0);
  const [history, setHistory] = useState([]);

  function increment() {
    setScore(score + 1);
  }

  function incrementSafe() {
    setScore((s) => s + 1);
  }

  function record(label, before) {
    setHistory((h) => [...h, `${label}: started at ${before}`]);
  }

  return (
    <div>
      <h2>Score: {score}</h2>
      <button
        onClick={() => {
          increment();
          increment();
          increment();
          record("+3 stale", score);
        }}
      >
        +3 (stale closure)
      </button>
      <button
        onClick={() => {
          incrementSafe();
          incrementSafe();
          incrementSafe();
          record("+3 updater", score);
        }}
      >
        +3 (updater)
      </button>
      <button onClick={() => setScore(0)}>Reset</button>
      <ul>
        {history.map((h, i) => (
          <li key={i}>{h}</li>
        ))}
      </ul>
    </div>
  );
}

import { useState } from "react";

function sum(...nums) {
  return nums.reduce((total, n) => total + n, 0);
}

function average(...nums) {
  return nums.length ? sum(...nums) / nums.length : 0;
}

const [firstScore, ...otherScores] = [7, 3, 9];

export default function App() {
  const [scores, setScores] = useState([firstScore, ...otherScores]);

  const addScore = (n) => setScores((prev) => [...prev, n]);
  const [head, ...tail] = scores;

  return (
    <div>
      {[1, 5, 10].map((n) => (
        <button key={n} onClick={() => addScore(n)}>
          +{n}
        </button>
      ))}
      <button onClick={() => setScores(([, ...rest]) => rest)}>Drop first</button>
      <p>Scores: {scores.join(", ") || "none"}</p>
      <p>
        Sum {sum(...scores)} · Average {average(...scores).toFixed(1)} · Best{" "}
        {scores.length ? Math.max(...scores) : "–"}
      </p>
      <p>
        First: {head ?? "n/a"}; the other {tail.length} add up to {sum(...tail)}
      </p>
    </div>
  );
}

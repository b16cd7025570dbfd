import { useState } from "react";

const samples = [72, 65, 88, 91, 54, 77];

export default function App() {
  const [scores, setScores] = useState(samples.slice(0, 3));
  const [passMark, setPassMark] = useState(70);

  const sum = scores.reduce((a, b) => a + b, 0);
  const avg = scores.length ? sum / scores.length : 0;
  const passing = scores.filter((s) => s >= passMark);
  const sorted = [...scores].sort((a, b) => a - b);
  const median = sorted.length
    ? sorted.length % 2
      ? sorted[(sorted.length - 1) / 2]
      : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2
    : 0;
  const grades = scores.map((s) => (s >= 90 ? "A" : s >= 80 ? "B" : s >= 70 ? "C" : "F"));
  const gradeCounts = grades.reduce((acc, g) => ({ ...acc, [g]: (acc[g] || 0) + 1 }), {});

  return (
    <div>
      <button onClick={() => setScores([...scores, samples[scores.length % samples.length]])}>Add score</button>
      <button onClick={() => setScores(scores.slice(0, -1))} disabled={!scores.length}>
        Remove last
      </button>
      <button onClick={() => setPassMark(passMark === 70 ? 80 : 70)}>Pass mark: {passMark}</button>
      <p>Scores: {scores.join(", ") || "—"}</p>
      <p>
        Average {avg.toFixed(1)}, median {median}, {passing.length}/{scores.length} passing
      </p>
      <p>
        {Object.entries(gradeCounts)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([g, n]) => `${g}: ${n}`)
          .join(" | ")}
      </p>
    </div>
  );
}

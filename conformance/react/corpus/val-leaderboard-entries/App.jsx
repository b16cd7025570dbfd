import { useState } from "react";

export default function App() {
  const [scores, setScores] = useState({ Ada: 12, Grace: 15, Linus: 9, Barbara: 15 });

  const addPoints = (player, points) => setScores((s) => ({ ...s, [player]: s[player] + points }));

  const ranking = Object.entries(scores)
    .sort(([nameA, a], [nameB, b]) => b - a || nameA.localeCompare(nameB))
    .map(([name, score], i, arr) => {
      const tiedWithPrev = i > 0 && arr[i - 1][1] === score;
      return { name, score, rank: tiedWithPrev ? "=" : i + 1 };
    });

  const [leader] = ranking;

  return (
    <div>
      {Object.keys(scores).map((name) => (
        <button key={name} onClick={() => addPoints(name, name.length)}>
          {name} +{name.length}
        </button>
      ))}
      <ol style={{ listStyle: "none" }}>
        {ranking.map(({ name, score, rank }) => (
          <li key={name}>
            {rank}. {name} — {score}
            {name === leader.name && " 👑"}
          </li>
        ))}
      </ol>
      <p>
        Gap between first and last: {ranking[0].score - ranking[ranking.length - 1].score}
      </p>
    </div>
  );
}

import { useState } from "react";

const ratings = ["Terrible", "Meh", "Okay", "Good", "Great"];

export default function App() {
  const [scores, setScores] = useState({ food: 0, service: 0, ambience: 0 });

  // A handler factory: returns a click handler bound to one aspect and value.
  const rate = (aspect, value) => () => setScores((s) => ({ ...s, [aspect]: value }));

  const makeClear = (aspect) =>
    function clear() {
      setScores((s) => ({ ...s, [aspect]: 0 }));
    };

  const rated = Object.values(scores).filter((v) => v > 0);
  const average = rated.length ? rated.reduce((a, b) => a + b) / rated.length : 0;

  return (
    <div>
      {Object.entries(scores).map(([aspect, score]) => (
        <div key={aspect}>
          <strong>{aspect}</strong>{" "}
          {[1, 2, 3, 4, 5].map((n) => (
            <button key={n} onClick={rate(aspect, n)} title={ratings[n - 1]}>
              {n <= score ? "★" : "☆"}
            </button>
          ))}
          <button onClick={makeClear(aspect)}>clear</button>
          <span> {score ? ratings[score - 1] : "not rated"}</span>
        </div>
      ))}
      <p>Average: {average ? average.toFixed(1) : "—"}</p>
    </div>
  );
}

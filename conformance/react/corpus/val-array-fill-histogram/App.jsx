import { useState } from "react";

// Dice rolls counted into buckets made with `new Array(6).fill(0)`, recomputed each render.
const ROLLS = [3, 6, 1, 3, 3, 5, 2, 6, 4, 3, 1, 6];

export default function App() {
  const [shown, setShown] = useState(4);
  const buckets = new Array(6).fill(0);
  for (const r of ROLLS.slice(0, shown)) buckets[r - 1] += 1;
  const most = Math.max(...buckets);

  return (
    <div>
      <button onClick={() => setShown(Math.min(ROLLS.length, shown + 4))}>Roll four more</button>
      <button onClick={() => setShown(0)}>Forget the rolls</button>
      <p>{shown} rolls</p>
      <ul>
        {buckets.map((n, face) => (
          <li key={face} className={n === most && n > 0 ? "top" : ""}>
            {face + 1}: {"#".repeat(n)}
          </li>
        ))}
      </ul>
    </div>
  );
}

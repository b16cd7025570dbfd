// expect: DX0106 at 6:16
// React computes `Math.random()` again on every render; dx would compute the derived value
// once per place that reads it, so the two paragraphs would differ.
export default function App() {
  const [n, setN] = useState(0);
  const roll = Math.random();
  return (
    <div>
      <p>{roll}</p>
      <p>{roll}</p>
      <button onClick={() => setN(n + 1)}>{n}</button>
    </div>
  );
}
import { useState } from "react";

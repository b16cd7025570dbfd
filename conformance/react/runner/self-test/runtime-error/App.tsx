import { useState } from "react";

// A runtime error under dx on purpose: reading past the end of an array is `undefined` in React
// (the page shows NaN) and a trap in dx (as of this sample).
export default function App() {
  const [xs] = useState<number[]>([1, 2]);
  const [i, setI] = useState(0);
  return (
    <div>
      <button onClick={() => setI(i + 5)}>next</button>
      <p>{xs[i] + 1}</p>
    </div>
  );
}

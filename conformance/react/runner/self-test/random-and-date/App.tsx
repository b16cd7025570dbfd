import { useState } from "react";

// Both pages must see the same numbers: the runner seeds Math.random and freezes the clock.
export default function App() {
  const [roll, setRoll] = useState(0);
  const [now, setNow] = useState(0);
  return (
    <div>
      <p>roll {roll}</p>
      <p>now {now}</p>
      <button onClick={() => setRoll(Math.floor(Math.random() * 1000))}>roll</button>
      <button onClick={() => setNow(Date.now())}>now</button>
    </div>
  );
}

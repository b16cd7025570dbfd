import { useState } from "react";

// `n` is read by the handler but never rendered: each click still re-renders in React, so
// the next click's handler sees the new value.
export default function App() {
  const [n, setN] = useState(0);
  const [log, setLog] = useState("");
  return (
    <div>
      <button onClick={() => { setN(n + 1); }}>count silently</button>
      <button className="show" onClick={() => setLog("n is " + n)}>show</button>
      <p>{log}</p>
    </div>
  );
}

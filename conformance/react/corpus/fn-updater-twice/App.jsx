import { useState } from "react";

export default function App() {
  const [number, setNumber] = useState(0);
  const [log, setLog] = useState([]);

  function addTwiceDirect() {
    setNumber(number + 1);
    setNumber(number + 1);
    setLog((l) => [...l, "direct ×2"]);
  }

  function addTwiceUpdater() {
    setNumber((n) => n + 1);
    setNumber((n) => n + 1);
    setLog((l) => [...l, "updater ×2"]);
  }

  function mixed() {
    setNumber(number + 5);
    setNumber((n) => n + 1);
    setNumber(42);
    setNumber((n) => n * 2);
    setLog((l) => [...l, "mixed"]);
  }

  return (
    <div>
      <h1>{number}</h1>
      <button onClick={addTwiceDirect}>+1 twice (value)</button>
      <button onClick={addTwiceUpdater}>+1 twice (updater)</button>
      <button onClick={mixed}>Mixed queue</button>
      <button onClick={() => { setNumber(0); setLog([]); }}>Reset</button>
      <ul>
        {log.map((entry, i) => (
          <li key={i}>{entry}</li>
        ))}
      </ul>
    </div>
  );
}

import { useState } from "react";

// Each timeout keeps the values of the click that started it: three quick clicks log three
// different jobs, not the last one three times.
export default function App() {
  const [queued, setQueued] = useState(0);
  const [log, setLog] = useState([]);

  function queue() {
    const label = `job ${queued + 1}`;
    const weight = (queued + 1) * 10;
    setQueued(queued + 1);
    setTimeout(() => {
      setLog((l) => [...l, `${label} done (${weight} kg)`]);
    }, 1000);
  }

  return (
    <div>
      <button onClick={queue}>Queue a job</button>
      <p>queued: {queued}</p>
      <ol>
        {log.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ol>
    </div>
  );
}

import { useState } from "react";

function collatz(n) {
  if (n === 1) return [1];
  return [n, ...collatz(n % 2 === 0 ? n / 2 : 3 * n + 1)];
}

export default function App() {
  const [start, setStart] = useState("6");
  const n = parseInt(start, 10);
  const valid = Number.isInteger(n) && n > 0 && n < 10000;
  const seq = valid ? collatz(n) : [];
  const peak = seq.length ? Math.max(...seq) : 0;

  return (
    <div>
      <label>
        Start from: <input value={start} onChange={(e) => setStart(e.target.value)} />
      </label>
      {[7, 27].map((x) => (
        <button key={x} onClick={() => setStart(String(x))}>
          Try {x}
        </button>
      ))}
      {valid ? (
        <>
          <p>
            {seq.length - 1} steps, peak {peak}
          </p>
          <p className="seq">{seq.slice(0, 20).join(" → ")}{seq.length > 20 ? " …" : ""}</p>
        </>
      ) : (
        <p className="error">Enter a whole number between 1 and 9999</p>
      )}
    </div>
  );
}

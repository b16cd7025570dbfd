import { useState } from "react";

const UNITS = [
  ["d", 86400],
  ["h", 3600],
  ["m", 60],
  ["s", 1],
];

function breakdown(seconds) {
  let rest = seconds;
  const parts = [];
  for (const [unit, size] of UNITS) {
    const amount = Math.floor(rest / size);
    rest %= size;
    if (amount > 0) parts.push(`${amount}${unit}`);
  }
  return parts.length ? parts.join(" ") : "0s";
}

function hms(seconds) {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return [h, m, s].map((n) => n.toString().padStart(2, "0")).join(":");
}

const steps = [1, 59, 3600, 90061];

export default function App() {
  const [total, setTotal] = useState(125);

  return (
    <div>
      {steps.map((s) => (
        <button key={s} onClick={() => setTotal((t) => t + s)}>
          +{breakdown(s)}
        </button>
      ))}
      <button onClick={() => setTotal(0)}>Reset</button>
      <p>Seconds: {total}</p>
      <p>Readable: {breakdown(total)}</p>
      <p>Clock: {hms(total)}</p>
      <p>Hours (decimal): {(total / 3600).toFixed(3)}</p>
    </div>
  );
}

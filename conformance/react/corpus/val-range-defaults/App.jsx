import { useState } from "react";

function range(start, end, step = 1) {
  const out = [];
  for (let i = start; step > 0 ? i < end : i > end; i += step) out.push(i);
  return out;
}

function Ruler({ from = 0, to = 10, every = 1, unit = "cm" }) {
  const marks = range(from, to + 1, every);
  return (
    <div className="ruler">
      {marks.map((m) => (
        <span key={m} style={{ marginRight: 6 }}>
          {m}
          {m === to ? unit : ""}
        </span>
      ))}
    </div>
  );
}

export default function App() {
  const [step, setStep] = useState(2);
  const [max, setMax] = useState(12);

  return (
    <div>
      <button onClick={() => setStep((s) => s + 1)}>Bigger step</button>
      <button onClick={() => setStep((s) => Math.max(1, s - 1))}>Smaller step</button>
      <button onClick={() => setMax((m) => m + 5)}>Extend</button>
      <Ruler to={max} every={step} />
      <Ruler />
      <Ruler from={5} to={20} every={5} unit="mm" />
      <p>Countdown: {range(step * 3, 0, -step).join(" … ")}</p>
    </div>
  );
}

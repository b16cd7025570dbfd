import { useState, type CSSProperties } from "react";

const STEPS = ["Cart", "Address", "Payment", "Review"] as const;

const track: CSSProperties = { height: 8, background: "#eee", borderRadius: 4, overflow: "hidden" };

export default function App() {
  const [step, setStep] = useState(0);
  const percent = Math.round((step / (STEPS.length - 1)) * 100);

  const fill: CSSProperties = {
    width: `${percent}%`,
    height: "100%",
    background: percent === 100 ? "seagreen" : "royalblue",
    transition: "width 0.2s ease",
  };

  return (
    <div>
      <div role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} style={track}>
        <div style={fill} />
      </div>
      <ol style={{ display: "flex", listStyle: "none", padding: 0, gap: 12 }}>
        {STEPS.map((s, i) => (
          <li
            key={s}
            style={{ fontWeight: i === step ? 700 : 400, color: i < step ? "gray" : "black", textDecoration: i < step ? "line-through" : "none" }}
          >
            {s}
          </li>
        ))}
      </ol>
      <button onClick={() => setStep((s) => Math.max(0, s - 1))} disabled={step === 0}>
        Back
      </button>
      <button onClick={() => setStep((s) => Math.min(STEPS.length - 1, s + 1))} disabled={step === STEPS.length - 1}>
        Continue
      </button>
      <span> {percent}% complete</span>
    </div>
  );
}

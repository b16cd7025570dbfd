import { useState } from "react";
import type { CSSProperties } from "react";

const track: CSSProperties = { width: 200, height: 12, background: "#e5e7eb", borderRadius: 6, overflow: "hidden" };

function ProgressBar({ value, color = "#2563eb" }: { value: number; color?: string }) {
  const fill: CSSProperties = {
    width: `${value}%`,
    height: "100%",
    background: value >= 100 ? "#16a34a" : color,
    transition: "width 0.2s",
  };
  return (
    <div style={track} role="progressbar" aria-valuenow={value} aria-valuemin={0} aria-valuemax={100}>
      <div style={fill} />
    </div>
  );
}

export default function App() {
  const [value, setValue] = useState(30);
  const [striped, setStriped] = useState(false);

  return (
    <div style={{ fontFamily: "sans-serif", padding: 8, opacity: value === 0 ? 0.6 : 1 }}>
      <ProgressBar value={value} color={striped ? "#9333ea" : undefined} />
      <p style={{ color: value >= 100 ? "green" : "inherit", fontWeight: value >= 100 ? "bold" : undefined }}>{value}% complete</p>
      <button onClick={() => setValue(Math.min(100, value + 25))}>+25%</button>
      <button onClick={() => setValue(0)}>Reset</button>
      <button onClick={() => setStriped(!striped)} style={{ border: striped ? "2px solid #9333ea" : "1px solid #999" }}>
        Purple
      </button>
      <div style={{ display: "flex", gap: 4, marginTop: 8 }}>
        {[25, 50, 75, 100].map((mark) => (
          <span key={mark} style={{ flex: 1, textAlign: "center", color: value >= mark ? "#111" : "#aaa" }}>
            {mark}
          </span>
        ))}
      </div>
    </div>
  );
}

import { useState } from "react";

function Icon({ name, size = 20, color = "currentColor", strokeWidth = 2 }) {
  const common = { fill: "none", stroke: color, strokeWidth, strokeLinecap: "round", strokeLinejoin: "round" };
  let shape;
  switch (name) {
    case "check":
      shape = <polyline points="4 12 9 17 20 6" {...common} />;
      break;
    case "close":
      shape = (
        <g {...common}>
          <line x1="5" y1="5" x2="19" y2="19" />
          <line x1="19" y1="5" x2="5" y2="19" />
        </g>
      );
      break;
    case "circle":
      shape = <circle cx="12" cy="12" r="8" {...common} />;
      break;
    default:
      shape = <rect x="4" y="4" width="16" height="16" rx="3" {...common} strokeDasharray="3 3" />;
  }
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" data-icon={name}>
      {shape}
    </svg>
  );
}

const names = ["check", "close", "circle", "unknown"];

export default function App() {
  const [size, setSize] = useState(20);
  const [thick, setThick] = useState(false);
  const [color, setColor] = useState("#0f766e");

  return (
    <div>
      <button onClick={() => setSize(size === 20 ? 32 : 20)}>Size {size}</button>
      <button onClick={() => setThick(!thick)}>{thick ? "Thin" : "Thick"}</button>
      <button onClick={() => setColor(color === "#0f766e" ? "#be123c" : "#0f766e")}>Color</button>
      <div style={{ display: "flex", gap: 8 }}>
        {names.map((n) => (
          <figure key={n}>
            <Icon name={n} size={size} color={color} strokeWidth={thick ? 3 : 1.5} />
            <figcaption>{n}</figcaption>
          </figure>
        ))}
      </div>
    </div>
  );
}

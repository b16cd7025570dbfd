import { useState } from "react";

export default function App() {
  const [anchor, setAnchor] = useState("middle");
  const [baseline, setBaseline] = useState("middle");
  const [label, setLabel] = useState("Hello SVG");
  const [bold, setBold] = useState(false);

  return (
    <div>
      <svg width="240" height="100" viewBox="0 0 240 100">
        <line x1="120" y1="0" x2="120" y2="100" stroke="#ccc" strokeDasharray="4 2" />
        <line x1="0" y1="50" x2="240" y2="50" stroke="#ccc" strokeDasharray="4 2" />
        <text
          x="120"
          y="50"
          textAnchor={anchor}
          dominantBaseline={baseline}
          fontSize={bold ? 22 : 18}
          fontWeight={bold ? "bold" : "normal"}
          fontFamily="sans-serif"
          letterSpacing={bold ? 1 : 0}
        >
          {label}
        </text>
      </svg>
      <select value={anchor} onChange={(e) => setAnchor(e.target.value)}>
        <option value="start">start</option>
        <option value="middle">middle</option>
        <option value="end">end</option>
      </select>
      <select value={baseline} onChange={(e) => setBaseline(e.target.value)}>
        <option value="auto">auto</option>
        <option value="middle">middle</option>
        <option value="hanging">hanging</option>
      </select>
      <input value={label} onChange={(e) => setLabel(e.target.value)} />
      <button onClick={() => setBold(!bold)}>{bold ? "Regular" : "Bold"}</button>
    </div>
  );
}

import { useState } from "react";

const presets = {
  sunset: ["#ff512f", "#f09819"],
  ocean: ["#2193b0", "#6dd5ed"],
  forest: ["#134e5e", "#71b280"],
};

export default function App() {
  const [preset, setPreset] = useState("sunset");
  const [opacity, setOpacity] = useState(1);
  const [vertical, setVertical] = useState(false);
  const [from, to] = presets[preset];

  return (
    <div>
      <svg width="220" height="120" viewBox="0 0 220 120" role="img" aria-label={`${preset} gradient`}>
        <defs>
          <linearGradient id="swatch-gradient" x1="0" y1="0" x2={vertical ? "0" : "1"} y2={vertical ? "1" : "0"}>
            <stop offset="0%" stopColor={from} stopOpacity={opacity} />
            <stop offset="100%" stopColor={to} stopOpacity={opacity / 2} />
          </linearGradient>
        </defs>
        <rect x="10" y="10" width="200" height="100" rx="12" fill="url(#swatch-gradient)" fillOpacity={opacity} />
        <circle cx="110" cy="60" r="20" fill="white" fillOpacity={1 - opacity / 2} strokeOpacity={0.8} stroke={to} />
      </svg>
      {Object.keys(presets).map((p) => (
        <button key={p} onClick={() => setPreset(p)} disabled={p === preset}>
          {p}
        </button>
      ))}
      <button onClick={() => setOpacity((o) => (o <= 0.25 ? 1 : o - 0.25))}>Fade ({opacity})</button>
      <label>
        <input type="checkbox" checked={vertical} onChange={() => setVertical((v) => !v)} /> Vertical
      </label>
    </div>
  );
}

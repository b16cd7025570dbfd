import { useState } from "react";

const PALETTES = {
  ocean: "#0077be",
  forest: "#228b22",
  sunset: "#fd5e53",
};

const LIMITS = { free: 3, pro: 10, team: 50 };

export default function App() {
  const [palette, setPalette] = useState("ocean");
  const [plan, setPlan] = useState("free");
  const used = 4;
  const entries = Object.entries(LIMITS);
  const total = Object.values(LIMITS).reduce((a, b) => a + b, 0);
  const flags = [plan === "pro" ? "pro" : null, used > LIMITS[plan] ? "over" : null, palette].filter(Boolean);

  return (
    <div>
      <div>
        {Object.keys(PALETTES).map((name) => (
          <button key={name} onClick={() => setPalette(name)} style={{ color: PALETTES[name] }}>
            {name}
          </button>
        ))}
      </div>
      <select value={plan} onChange={(e) => setPlan(e.target.value)}>
        {entries.map(([name, limit]) => (
          <option key={name} value={name}>
            {name} ({limit})
          </option>
        ))}
      </select>
      <p id="color">{PALETTES[palette] ?? "none"}</p>
      <p id="limit">
        {used} of {LIMITS[plan]} ({Math.round((used / LIMITS[plan]) * 100)}%), {total} in all plans
      </p>
      <p id="flags">{flags.join(" ")}</p>
      <p id="checks">{String(Array.isArray(entries))} {Boolean(used) ? "used" : "unused"}</p>
    </div>
  );
}

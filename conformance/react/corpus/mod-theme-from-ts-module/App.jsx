import { useState } from "react";
import { baseColors, radius, spacing } from "./theme.ts";

const COLOR_NAMES = Object.keys(baseColors);
const BUTTON_STYLES = Object.fromEntries(
  COLOR_NAMES.map((name) => [
    name,
    { background: baseColors[name], color: "white", padding: `${spacing(1)} ${spacing(3)}`, border: 0 },
  ])
);
const RADIUS_KEYS = Object.keys(radius);

export default function App() {
  const [color, setColor] = useState("brand");
  const [r, setR] = useState("md");
  const [clicks, setClicks] = useState({});

  const style = { ...BUTTON_STYLES[color], borderRadius: radius[r] };

  return (
    <div style={{ display: "grid", gap: spacing(2) }}>
      <div>
        {COLOR_NAMES.map((name) => (
          <button key={name} style={{ ...BUTTON_STYLES[name], opacity: name === color ? 1 : 0.5 }} onClick={() => setColor(name)}>
            {name}
          </button>
        ))}
      </div>
      <select value={r} onChange={(e) => setR(e.target.value)}>
        {RADIUS_KEYS.map((k) => (
          <option key={k} value={k}>
            radius {k} ({radius[k]}px)
          </option>
        ))}
      </select>
      <button style={style} onClick={() => setClicks({ ...clicks, [color]: (clicks[color] ?? 0) + 1 })}>
        Preview button
      </button>
      <p>
        Clicks per color: {COLOR_NAMES.map((n) => `${n}=${clicks[n] ?? 0}`).join(", ")}
      </p>
    </div>
  );
}

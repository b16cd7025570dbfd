import { useState } from "react";

const DEFAULTS = Object.freeze({ fontSize: 16, lineHeight: 1.5, justify: false, font: "serif" });

export default function App() {
  const [prefs, setPrefs] = useState({ ...DEFAULTS });

  const modified = Object.keys(DEFAULTS).filter((key) => !Object.is(prefs[key], DEFAULTS[key]));
  const update = (patch) => setPrefs((p) => ({ ...p, ...patch }));

  return (
    <div>
      <button onClick={() => update({ fontSize: prefs.fontSize + 2 })}>A+</button>
      <button onClick={() => update({ fontSize: prefs.fontSize - 2 })}>A−</button>
      <button onClick={() => update({ lineHeight: prefs.lineHeight === 1.5 ? 2 : 1.5 })}>Spacing</button>
      <button onClick={() => update({ font: prefs.font === "serif" ? "sans-serif" : "serif" })}>Font</button>
      <label>
        <input type="checkbox" checked={prefs.justify} onChange={(e) => update({ justify: e.target.checked })} />
        Justify
      </label>
      <button onClick={() => setPrefs({ ...DEFAULTS })} disabled={modified.length === 0}>
        Reset to defaults
      </button>
      <p
        style={{
          fontSize: prefs.fontSize,
          lineHeight: prefs.lineHeight,
          fontFamily: prefs.font,
          textAlign: prefs.justify ? "justify" : "left",
        }}
      >
        The quick brown fox jumps over the lazy dog.
      </p>
      <p>{modified.length ? `Changed: ${modified.join(", ")}` : "All defaults"}</p>
      <p>Defaults frozen: {String(Object.isFrozen(DEFAULTS))}</p>
    </div>
  );
}

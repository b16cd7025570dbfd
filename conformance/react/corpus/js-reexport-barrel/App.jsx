import { useState } from "react";
import { clamp, mix, palettes, channelToHex } from "./lib.js";

export default function App() {
  const [name, setName] = useState("sunset");
  const [steps, setSteps] = useState(4);
  const [from, to] = palettes[name];
  const swatches = Array.from({ length: steps }, (_, i) => mix(from, to, steps === 1 ? 0 : i / (steps - 1)));

  return (
    <div>
      {Object.keys(palettes).map((p) => (
        <button key={p} onClick={() => setName(p)}>
          {p}
        </button>
      ))}
      <button onClick={() => setSteps((s) => clamp(s + 1, 1, 8))}>More steps</button>
      <button onClick={() => setSteps((s) => clamp(s - 2, 1, 8))}>Fewer steps</button>
      <div style={{ display: "flex" }}>
        {swatches.map((hex, i) => (
          <div key={i} style={{ background: hex, width: 48, height: 32 }}>
            <small>{hex}</small>
          </div>
        ))}
      </div>
      <p>
        {name}: {steps} steps, starts with red channel {channelToHex(from[0])}
      </p>
    </div>
  );
}

import { useState } from "react";

function Swatch({ color, size }) {
  const [pinned, setPinned] = useState(false);
  return (
    <div className="swatch">
      <div style={{ background: color, width: size, height: size, border: pinned ? "2px solid black" : "none" }} />
      <code>{color}</code>
      <button onClick={() => setPinned(!pinned)}>{pinned ? "Unpin" : "Pin"}</button>
    </div>
  );
}

const palettes = {
  warm: ["#ff7043", "#ffa726", "#ffee58"],
  cool: ["#26c6da", "#42a5f5", "#7e57c2"],
  mono: ["#212121", "#757575", "#e0e0e0"],
};

export default function App() {
  const [palette, setPalette] = useState("warm");
  const [size, setSize] = useState(24);
  return (
    <div>
      <select value={palette} onChange={(e) => setPalette(e.target.value)}>
        {Object.keys(palettes).map((p) => (
          <option key={p} value={p}>{p}</option>
        ))}
      </select>
      <button onClick={() => setSize(size + 8)}>Bigger</button>
      <div className="row">
        {palettes[palette].map((c, i) => (
          <Swatch key={i} color={c} size={size} />
        ))}
      </div>
    </div>
  );
}

import { useState } from "react";

export default function App() {
  const [zoom, setZoom] = useState(100);
  const [log, setLog] = useState([]);
  const [text, setText] = useState("");

  const shortcuts = {
    "+": () => setZoom((z) => Math.min(200, z + 10)),
    "-": () => setZoom((z) => Math.max(50, z - 10)),
    "0": () => setZoom(100),
    Escape: () => setText(""),
  };

  function onKeyDown(e) {
    const action = shortcuts[e.key];
    if (action) {
      e.preventDefault();
      action();
      setLog((l) => [...l.slice(-3), e.key]);
    }
  }

  return (
    <div>
      <input
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        placeholder="Type; + / - / 0 zoom, Esc clears"
      />
      <p style={{ fontSize: zoom / 10 + 6 }}>Zoom {zoom}% — {text || "(empty)"}</p>
      <small>Shortcuts used: {log.join(" ") || "none"}</small>
      {Object.keys(shortcuts).map((k) => (
        <button key={k} onClick={shortcuts[k]}>
          {k}
        </button>
      ))}
    </div>
  );
}

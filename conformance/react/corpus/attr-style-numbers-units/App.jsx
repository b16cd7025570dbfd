import { useState } from "react";

export default function App() {
  const [scale, setScale] = useState(1);
  const [raised, setRaised] = useState(false);

  const card = {
    width: 120 * scale,
    height: 80,
    padding: 8,
    margin: 0,
    opacity: raised ? 1 : 0.5,
    zIndex: raised ? 2 : 1,
    lineHeight: 1.5,
    flexGrow: scale,
    flexShrink: 0,
    fontWeight: 600,
    borderWidth: 2,
    borderStyle: "solid",
    borderRadius: "50%",
    order: raised ? -1 : 0,
    position: "relative",
    top: raised ? -4 : 0,
  };

  return (
    <div style={{ display: "flex", gap: 10, fontSize: 14 }}>
      <div style={card}>Card A</div>
      <div style={{ ...card, opacity: 0.75, flexGrow: 1, width: "30%" }}>Card B</div>
      <button onClick={() => setScale((s) => s + 0.5)}>Wider</button>
      <button onClick={() => setRaised(!raised)}>{raised ? "Lower" : "Raise"}</button>
    </div>
  );
}

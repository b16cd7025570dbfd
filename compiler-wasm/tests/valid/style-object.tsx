// A style object in the attribute: React's property names and units.
import { useState } from "react";

export default function Bar() {
  const [pct, setPct] = useState(40);
  return (
    <div style={{ width: pct * 2, height: 8, opacity: 0.5, backgroundColor: "teal", zIndex: 1 }} onClick={() => setPct(pct + 10)} />
  );
}

import { useState } from "react";

// Style values whose branches are a number and a string, in a style object kept in a `const`
// and written in place, and a style object chosen by a condition or left `undefined`.
export default function App() {
  const [roomy, setRoomy] = useState(true);
  const [bold, setBold] = useState(false);

  const card = {
    padding: roomy ? 16 : "2px 4px",
    margin: roomy ? "1em" : 0,
    lineHeight: roomy ? 1.6 : "normal",
    border: "1px solid gray",
  };

  return (
    <div>
      <section style={card}>Card</section>
      <p style={{ width: roomy ? 240 : "50%", opacity: bold ? 1 : 0.5 }}>Inline</p>
      <p style={bold ? { fontWeight: "bold", letterSpacing: 2 } : undefined}>Maybe bold</p>
      <button onClick={() => setRoomy(!roomy)}>Roomy</button>
      <button onClick={() => setBold(!bold)}>Bold</button>
    </div>
  );
}

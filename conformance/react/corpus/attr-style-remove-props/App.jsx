import { useState } from "react";

export default function App() {
  const [highlight, setHighlight] = useState(false);
  const [bordered, setBordered] = useState(true);
  const [custom, setCustom] = useState(false);

  const style = {
    backgroundColor: highlight ? "lightyellow" : undefined,
    border: bordered ? "1px solid #999" : null,
    padding: bordered ? 12 : "",
    fontStyle: highlight ? "italic" : undefined,
    "--accent": custom ? "tomato" : undefined,
    color: custom ? "var(--accent)" : undefined,
  };

  return (
    <div>
      <blockquote style={style}>Simplicity is prerequisite for reliability.</blockquote>
      <button onClick={() => setHighlight(!highlight)}>Highlight</button>
      <button onClick={() => setBordered(!bordered)}>Border</button>
      <button onClick={() => setCustom(!custom)}>Accent var</button>
      <p style={highlight ? { fontWeight: "bold" } : undefined}>
        {[highlight && "highlighted", bordered && "bordered", custom && "accented"].filter(Boolean).join(", ") || "plain"}
      </p>
    </div>
  );
}

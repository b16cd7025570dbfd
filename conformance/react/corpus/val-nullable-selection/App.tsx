import { useState } from "react";

const colors = ["crimson", "teal", "goldenrod", "slateblue"];

export default function App() {
  const [selected, setSelected] = useState<string | null>(null);
  const [history, setHistory] = useState<string[]>([]);

  function choose(color: string) {
    setSelected(color);
    setHistory((h) => [...h, color]);
  }

  return (
    <section>
      <h2>Pick a color</h2>
      <div className="swatches">
        {colors.map((c) => (
          <button
            key={c}
            onClick={() => choose(c)}
            style={{ borderColor: c, fontWeight: selected === c ? "bold" : "normal" }}
          >
            {c}
          </button>
        ))}
        <button onClick={() => setSelected(null)}>Clear</button>
      </div>
      {selected === null ? (
        <p className="hint">Nothing selected yet.</p>
      ) : (
        <p>
          You picked <span style={{ color: selected }}>{selected.toUpperCase()}</span> ({selected.length} letters)
        </p>
      )}
      <p>Previous picks: {history.length > 0 ? history.join(" → ") : "none"}</p>
    </section>
  );
}

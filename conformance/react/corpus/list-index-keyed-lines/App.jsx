import { useState } from "react";

// A keyed list over an array of strings, keyed by index: the rows stay where they are and
// show whatever line is now at their index when lines are inserted at the front, moved up,
// reversed or removed from the front.
const poem = ["The fog comes", "on little cat feet.", "It sits looking", "over harbor and city"];

export default function App() {
  const [lines, setLines] = useState(poem);
  const [draft, setDraft] = useState("and then moves on.");
  const [selected, setSelected] = useState(1);

  function moveUp(i) {
    if (i > 0) {
      const next = [...lines];
      const above = next[i - 1];
      next[i - 1] = next[i];
      next[i] = above;
      setLines(next);
    }
  }

  return (
    <div>
      <button className="front" onClick={() => setLines([draft, ...lines])}>
        Insert at front
      </button>
      <button className="end" onClick={() => setLines([...lines, draft])}>
        Append
      </button>
      <button className="reverse" onClick={() => setLines([...lines].reverse())}>
        Reverse
      </button>
      <button className="drop-first" onClick={() => setLines(lines.slice(1))}>
        Remove first
      </button>
      <button className="shout" onClick={() => setLines(lines.map((l, i) => (i % 2 === 0 ? l.toUpperCase() : l)))}>
        Shout even lines
      </button>
      <input className="draft" value={draft} onChange={(e) => setDraft(e.target.value)} />
      <div className="poem">
        {lines.map((line, i) => (
          <p key={i} className={i === selected ? "line selected" : "line"} onClick={() => setSelected(i)}>
            {i + 1}. {line}
            <button className="up" onClick={() => moveUp(i)}>
              up
            </button>
          </p>
        ))}
      </div>
      <p>
        {lines.length} lines; selected: {selected < lines.length ? lines[selected] : "none"}
      </p>
    </div>
  );
}

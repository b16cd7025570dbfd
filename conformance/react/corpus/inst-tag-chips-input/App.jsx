import { useState } from "react";

function Chip({ label, onRemove }) {
  const [highlight, setHighlight] = useState(false);
  return (
    <span className={highlight ? "chip highlighted" : "chip"}>
      <button className="chip-label" onClick={() => setHighlight(!highlight)}>
        {label}
      </button>
      <button aria-label={`Remove ${label}`} onClick={onRemove}>
        ×
      </button>
    </span>
  );
}

export default function App() {
  const [tags, setTags] = useState(["react", "css"]);
  const [input, setInput] = useState("");

  function handleKeyDown(e) {
    if (e.key === "Enter" && input.trim()) {
      e.preventDefault();
      if (!tags.includes(input.trim())) setTags([...tags, input.trim()]);
      setInput("");
    } else if (e.key === "Backspace" && input === "" && tags.length) {
      setTags(tags.slice(0, -1));
    }
  }

  return (
    <div className="tag-input">
      {tags.map((t) => (
        <Chip key={t} label={t} onRemove={() => setTags(tags.filter((x) => x !== t))} />
      ))}
      <input
        value={input}
        onChange={(e) => setInput(e.target.value)}
        onKeyDown={handleKeyDown}
        placeholder={tags.length ? "Add tag" : "No tags yet"}
      />
      <p>{tags.length} tags</p>
    </div>
  );
}

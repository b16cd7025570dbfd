import { useState } from "react";

// A keyed list over an array of strings, keyed by the strings themselves: rows are added,
// removed (by their own button and from the front), reversed and filtered.
function Tag({ label, row, onRemove }) {
  return (
    <li className={row % 2 === 1 ? "even" : "odd"} title={label.toUpperCase()}>
      #{label} ({label.length}, row {row})
      <button className="remove" onClick={onRemove}>
        remove {label}
      </button>
    </li>
  );
}

export default function App() {
  const [tags, setTags] = useState(["react", "wasm", "rust", "jsx", "html"]);
  const [draft, setDraft] = useState("");
  const [filter, setFilter] = useState("");
  const shown = tags.filter((t) => t.includes(filter));

  function add() {
    const tag = draft.trim().toLowerCase();
    if (tag !== "" && !tags.includes(tag)) setTags([tag, ...tags]);
    setDraft("");
  }

  return (
    <div>
      <button className="reverse" onClick={() => setTags([...tags].reverse())}>
        Reverse
      </button>
      <button className="drop-first" onClick={() => setTags(tags.slice(1))}>
        Remove first
      </button>
      <button className="rotate" onClick={() => setTags(tags.length > 1 ? [...tags.slice(1), tags[0]] : tags)}>
        Rotate
      </button>
      <input className="filter" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="Filter" />
      <button className="clear-filter" onClick={() => setFilter("")}>
        Show all
      </button>
      <ul>
        {shown.map((tag, i) => (
          <Tag key={tag} label={tag} row={i + 1} onRemove={() => setTags(tags.filter((t) => t !== tag))} />
        ))}
      </ul>
      <input
        className="draft"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") add();
        }}
        placeholder="New tag"
      />
      <button className="add" onClick={add}>
        Add
      </button>
      <p>
        {shown.length} of {tags.length} shown: {shown.join(", ")}
      </p>
    </div>
  );
}

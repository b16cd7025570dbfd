import { useRef, useState } from "react";

export default function App() {
  const [tags, setTags] = useState(["hiking", "photography"]);
  const [draft, setDraft] = useState("");
  const inputRef = useRef(null);

  function addTag() {
    const tag = draft.trim().toLowerCase();
    if (tag && !tags.includes(tag)) setTags([...tags, tag]);
    setDraft("");
    inputRef.current?.focus();
  }

  return (
    <div>
      <div className="tag-list">
        {tags.map((tag) => (
          <span key={tag} className="tag">
            {tag}
            <button onClick={() => setTags(tags.filter((t) => t !== tag))} aria-label={`remove ${tag}`}>
              ×
            </button>
          </span>
        ))}
        {tags.length === 0 && <em>No tags</em>}
      </div>
      <input
        ref={inputRef}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") addTag();
        }}
        placeholder="Add a tag and press Enter"
      />
      <button onClick={addTag}>Add</button>
      <p>{tags.map((t) => `#${t}`).join(" ")}</p>
    </div>
  );
}

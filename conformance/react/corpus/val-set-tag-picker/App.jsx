import { useState } from "react";

const ALL_TAGS = ["react", "css", "testing", "performance", "a11y", "typescript"];

export default function App() {
  const [picked, setPicked] = useState(() => new Set(["react"]));

  function toggle(tag) {
    setPicked((prev) => {
      const next = new Set(prev);
      if (next.has(tag)) {
        next.delete(tag);
      } else {
        next.add(tag);
      }
      return next;
    });
  }

  const sorted = Array.from(picked).sort();

  return (
    <div>
      <div className="tags">
        {ALL_TAGS.map((tag) => (
          <button
            key={tag}
            className={picked.has(tag) ? "tag tag--on" : "tag"}
            onClick={() => toggle(tag)}
          >
            {picked.has(tag) ? "✓ " : ""}#{tag}
          </button>
        ))}
      </div>
      <p>
        {picked.size === 0
          ? "No tags selected"
          : `Selected (${picked.size}): ${sorted.map((t) => "#" + t).join(" ")}`}
      </p>
      {picked.size === ALL_TAGS.length && <p>Every tag is selected!</p>}
    </div>
  );
}

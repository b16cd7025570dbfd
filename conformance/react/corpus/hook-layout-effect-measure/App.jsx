import { useLayoutEffect, useRef, useState } from "react";

const WORDS = ["compile", "react", "to", "webassembly", "fast"];

export default function App() {
  const listRef = useRef(null);
  const [count, setCount] = useState(2);
  const [stats, setStats] = useState({ items: 0, chars: 0, longest: "" });

  useLayoutEffect(() => {
    const items = Array.from(listRef.current.children);
    const texts = items.map((li) => li.textContent);
    setStats({
      items: items.length,
      chars: texts.join("").length,
      longest: texts.reduce((a, b) => (b.length > a.length ? b : a), ""),
    });
  }, [count]);

  return (
    <div>
      <button onClick={() => setCount((c) => Math.min(WORDS.length, c + 1))}>Add word</button>
      <button onClick={() => setCount((c) => Math.max(0, c - 1))}>Remove word</button>
      <ul ref={listRef}>
        {WORDS.slice(0, count).map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
      <p>
        Measured {stats.items} items, {stats.chars} letters, longest “{stats.longest}”
      </p>
    </div>
  );
}

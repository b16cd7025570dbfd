import { useState } from "react";

const transforms = [
  { id: "trim", label: "Trim", fn: (s) => s.trim() },
  { id: "upper", label: "UPPERCASE", fn: (s) => s.toUpperCase() },
  { id: "reverse", label: "Reverse", fn: (s) => s.split("").reverse().join("") },
  { id: "vowels", label: "Drop vowels", fn: (s) => s.replace(/[aeiou]/gi, "") },
  { id: "dashes", label: "Spaces → dashes", fn: (s) => s.replace(/\s+/g, "-") },
];

const pipe = (...fns) => (input) => fns.reduce((acc, fn) => fn(acc), input);

export default function App() {
  const [text, setText] = useState("  Hello React world ");
  const [enabled, setEnabled] = useState(["trim"]);

  const active = transforms.filter((t) => enabled.includes(t.id));
  const run = pipe(...active.map((t) => t.fn));

  function toggle(id) {
    setEnabled((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]));
  }

  return (
    <div>
      <textarea value={text} onChange={(e) => setText(e.target.value)} />
      {transforms.map((t) => (
        <label key={t.id}>
          <input type="checkbox" checked={enabled.includes(t.id)} onChange={() => toggle(t.id)} />
          {t.label}
        </label>
      ))}
      <pre>[{run(text)}]</pre>
      <small>{active.map((t) => t.id).join(" | ") || "no transforms"}</small>
    </div>
  );
}

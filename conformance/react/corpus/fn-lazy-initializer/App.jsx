import { useState } from "react";

function createInitialTodos() {
  const initialTodos = [];
  for (let i = 0; i < 5; i++) {
    initialTodos.push({ id: i, text: "Item " + (i + 1), done: i % 2 === 0 });
  }
  return initialTodos;
}

function buildMultiplicationRow(n) {
  return Array.from({ length: 6 }, (_, i) => n * (i + 1));
}

export default function App() {
  const [todos, setTodos] = useState(createInitialTodos);
  const [base, setBase] = useState(() => 3);
  const [row, setRow] = useState(() => buildMultiplicationRow(3));
  const [text, setText] = useState("");

  return (
    <div>
      <input value={text} onChange={(e) => setText(e.target.value)} />
      <button
        onClick={() => {
          setText("");
          setTodos([{ id: todos.length, text: text || "Untitled", done: false }, ...todos]);
        }}
      >
        Add
      </button>
      <ul>
        {todos.map((t) => (
          <li key={t.id}>{t.done ? <s>{t.text}</s> : t.text}</li>
        ))}
      </ul>
      <button
        onClick={() => {
          const next = base + 1;
          setBase(next);
          setRow(buildMultiplicationRow(next));
        }}
      >
        Next table ({base})
      </button>
      <p>{row.join(" · ")}</p>
    </div>
  );
}

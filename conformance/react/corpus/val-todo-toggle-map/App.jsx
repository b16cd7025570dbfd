import { useState } from "react";

const starter = [
  { id: 1, text: "Water the plants", done: false },
  { id: 2, text: "Call the plumber", done: true },
  { id: 3, text: "Return library books", done: false },
];

export default function App() {
  const [todos, setTodos] = useState(starter);
  const [filter, setFilter] = useState("all");

  const toggle = (id) => setTodos(todos.map((t) => (t.id === id ? { ...t, done: !t.done } : t)));
  const remove = (id) => setTodos(todos.filter((t) => t.id !== id));
  const clearDone = () => setTodos(todos.filter((t) => !t.done));

  const visible = todos.filter((t) => (filter === "all" ? true : filter === "done" ? t.done : !t.done));
  const left = todos.filter((t) => !t.done).length;

  return (
    <div>
      <ul>
        {visible.map(({ id, text, done }) => (
          <li key={id}>
            <input type="checkbox" checked={done} onChange={() => toggle(id)} />
            <span style={{ opacity: done ? 0.5 : 1 }}>{text}</span>
            <button onClick={() => remove(id)} aria-label={`Delete ${text}`}>
              ✕
            </button>
          </li>
        ))}
      </ul>
      <p>
        {left} {left === 1 ? "item" : "items"} left
      </p>
      {["all", "active", "done"].map((f) => (
        <button key={f} onClick={() => setFilter(f)} disabled={f === filter}>
          {f}
        </button>
      ))}
      {todos.some((t) => t.done) && <button onClick={clearDone}>Clear completed</button>}
    </div>
  );
}

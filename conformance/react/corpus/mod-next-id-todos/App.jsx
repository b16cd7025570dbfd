import { useState } from "react";

let nextId = 4;

const initialChores = [
  { id: 1, title: "Defrost the freezer", done: false },
  { id: 2, title: "Repot the fern", done: true },
  { id: 3, title: "Fix the squeaky hinge", done: false },
];

export default function App() {
  const [todos, setTodos] = useState(initialChores);
  const [title, setTitle] = useState("");

  function handleAdd() {
    setTodos([...todos, { id: nextId++, title: title || `Chore ${nextId - 1}`, done: false }]);
    setTitle("");
  }

  function handleDelete(id) {
    setTodos(todos.filter((t) => t.id !== id));
  }

  return (
    <>
      <input placeholder="New chore" value={title} onChange={(e) => setTitle(e.target.value)} />
      <button onClick={handleAdd}>Add</button>
      <ul>
        {todos.map((todo) => (
          <li key={todo.id}>
            <label>
              <input
                type="checkbox"
                checked={todo.done}
                onChange={(e) => setTodos(todos.map((t) => (t.id === todo.id ? { ...t, done: e.target.checked } : t)))}
              />
              #{todo.id} {todo.title}
            </label>
            <button onClick={() => handleDelete(todo.id)}>Delete</button>
          </li>
        ))}
      </ul>
    </>
  );
}

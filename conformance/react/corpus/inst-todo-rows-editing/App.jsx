import { useState } from "react";
import TodoItem from "./TodoItem.jsx";

const initialTodos = [
  { id: 1, title: "Water the plants", done: false },
  { id: 2, title: "Reply to Sam", done: true },
  { id: 3, title: "Book dentist", done: false },
];

export default function App() {
  const [todos, setTodos] = useState(initialTodos);

  function handleToggle(id) {
    setTodos(todos.map((t) => (t.id === id ? { ...t, done: !t.done } : t)));
  }

  function handleRename(id, title) {
    setTodos(todos.map((t) => (t.id === id ? { ...t, title } : t)));
  }

  function handleDelete(id) {
    setTodos(todos.filter((t) => t.id !== id));
  }

  const remaining = todos.filter((t) => !t.done).length;

  return (
    <section>
      <h2>Todos ({remaining} left)</h2>
      <ul>
        {todos.map((todo) => (
          <TodoItem
            key={todo.id}
            todo={todo}
            onToggle={handleToggle}
            onRename={handleRename}
            onDelete={handleDelete}
          />
        ))}
      </ul>
    </section>
  );
}

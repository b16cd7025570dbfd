import { useReducer, useState, type FormEvent } from "react";

interface Todo {
  id: number;
  text: string;
  done: boolean;
}

type TodoAction =
  | { type: "added"; id: number; text: string }
  | { type: "toggled"; id: number }
  | { type: "deleted"; id: number }
  | { type: "cleared_done" };

function todosReducer(todos: Todo[], action: TodoAction): Todo[] {
  switch (action.type) {
    case "added":
      return [...todos, { id: action.id, text: action.text, done: false }];
    case "toggled":
      return todos.map((t) => (t.id === action.id ? { ...t, done: !t.done } : t));
    case "deleted":
      return todos.filter((t) => t.id !== action.id);
    case "cleared_done":
      return todos.filter((t) => !t.done);
    default:
      throw Error("Unknown action");
  }
}

let nextId = 3;
const initialTodos: Todo[] = [
  { id: 0, text: "Visit Kafka Museum", done: true },
  { id: 1, text: "Watch a puppet show", done: false },
  { id: 2, text: "Lennon Wall pic", done: false },
];

export default function App() {
  const [todos, dispatch] = useReducer(todosReducer, initialTodos);
  const [text, setText] = useState("");

  function handleSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (!text.trim()) return;
    dispatch({ type: "added", id: nextId++, text: text.trim() });
    setText("");
  }

  return (
    <>
      <h2>Prague itinerary</h2>
      <form onSubmit={handleSubmit}>
        <input value={text} onChange={(e) => setText(e.target.value)} placeholder="Add task" />
        <button>Add</button>
      </form>
      <ul>
        {todos.map((t) => (
          <li key={t.id}>
            <input type="checkbox" checked={t.done} onChange={() => dispatch({ type: "toggled", id: t.id })} />
            {t.text}
            <button onClick={() => dispatch({ type: "deleted", id: t.id })}>Delete</button>
          </li>
        ))}
      </ul>
      <button onClick={() => dispatch({ type: "cleared_done" })}>Clear completed</button>
    </>
  );
}

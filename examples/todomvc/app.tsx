// TodoMVC (todomvc.com app spec) in React-style .tsx: immutable updates with useState,
// persistence with useEffect, the filter from location.hash.
import { useEffect, useState } from "react";
import { Footer } from "./footer";
import { Todo, filterOf, load, nextId, save, shows } from "./store";

export default function App() {
  const [todos, setTodos] = useState<Todo[]>(load());
  const [filter, setFilter] = useState(filterOf(location.hash));
  const [newTitle, setNewTitle] = useState("");
  const [editing, setEditing] = useState(0);
  const [editText, setEditText] = useState("");

  useEffect(() => {
    window.addEventListener("hashchange", () => setFilter(filterOf(location.hash)));
  }, []);
  useEffect(() => save(todos), [todos]);

  const active = todos.filter((t) => !t.completed).length;
  const completed = todos.length - active;

  const add = (e: KeyboardEvent) => {
    if (e.key !== "Enter") return;
    const title = newTitle.trim();
    if (title === "") return;
    setTodos([...todos, { id: nextId(todos), title: title, completed: false }]);
    setNewTitle("");
  };
  const toggle = (id: number) =>
    setTodos(todos.map((t) => (t.id === id ? { ...t, completed: !t.completed } : t)));
  const toggleAll = () => {
    const done = active > 0;
    setTodos(todos.map((t) => ({ ...t, completed: done })));
  };
  const destroy = (id: number) => setTodos(todos.filter((t) => t.id !== id));
  const startEdit = (todo: Todo) => {
    setEditing(todo.id);
    setEditText(todo.title);
  };
  const finishEdit = (id: number) => {
    if (editing !== id) return;
    const title = editText.trim();
    if (title === "") {
      destroy(id);
    } else {
      setTodos(todos.map((t) => (t.id === id ? { ...t, title: title } : t)));
    }
    setEditing(0);
  };
  const editKey = (e: KeyboardEvent, id: number) => {
    if (e.key === "Enter") finishEdit(id);
    if (e.key === "Escape") setEditing(0);
  };

  return (
    <section class="todoapp">
      <header class="header">
        <h1>todos</h1>
        <input
          class="new-todo"
          placeholder="What needs to be done?"
          autoFocus
          value={newTitle}
          onInput={(e) => setNewTitle(e.target.value)}
          onKeyDown={add}
        />
      </header>
      {todos.length > 0 && (
        <section class="main">
          <input id="toggle-all" class="toggle-all" type="checkbox" checked={active === 0} onChange={toggleAll} />
          <label for="toggle-all">Mark all as complete</label>
          <ul class="todo-list">
            {todos
              .filter((t) => shows(t, filter))
              .map((todo) => (
                <li
                  key={todo.id}
                  class={(todo.completed ? "completed" : "") + (editing === todo.id ? " editing" : "")}
                >
                  <div class="view">
                    <input class="toggle" type="checkbox" checked={todo.completed} onChange={() => toggle(todo.id)} />
                    <label onDblClick={() => startEdit(todo)}>{todo.title}</label>
                    <button class="destroy" onClick={() => destroy(todo.id)} />
                  </div>
                  <input
                    class="edit"
                    value={editing === todo.id ? editText : todo.title}
                    autoFocus={editing === todo.id}
                    onInput={(e) => setEditText(e.target.value)}
                    onKeyDown={(e) => editKey(e, todo.id)}
                    onBlur={() => finishEdit(todo.id)}
                  />
                </li>
              ))}
          </ul>
        </section>
      )}
      {todos.length > 0 && (
        <Footer
          active={active}
          completed={completed}
          filter={filter}
          onClearCompleted={() => setTodos(todos.filter((t) => !t.completed))}
        />
      )}
    </section>
  );
}

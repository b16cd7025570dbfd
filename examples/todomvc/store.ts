// TodoMVC's model: todos, the filters of the URL hash, and persistence in localStorage.
// Shared by app.tsx and app.dx.
export interface Todo {
  id: number;
  title: string;
  completed: boolean;
}

const KEY = "todos-dx";

// The todos saved by an earlier visit (none the first time).
export function load(): Todo[] {
  return JSON.parse(localStorage.getItem(KEY) ?? "[]") as Todo[];
}

// Saves the todos for the next visit.
export function save(todos: Todo[]) {
  localStorage.setItem(KEY, JSON.stringify(todos));
}

// The filter a URL hash selects: "active", "completed" or "all".
export function filterOf(hash: string): string {
  if (hash === "#/active") return "active";
  if (hash === "#/completed") return "completed";
  return "all";
}

// Whether a todo shows under `filter`.
export function shows(todo: Todo, filter: string): boolean {
  return filter === "all" || (filter === "active" ? !todo.completed : todo.completed);
}

// An id no todo has yet.
export function nextId(todos: Todo[]): number {
  return todos.reduce((max, t) => Math.max(max, t.id), 0) + 1;
}

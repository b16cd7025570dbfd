interface Todo {
  id: number;
  text: string;
  done: boolean;
}
const todos: Todo[] = [
  { id: 1, text: "a", done: false },
  { id: 2, text: "b", done: false },
  { id: 3, text: "c", done: true },
];
const immutable = todos.map((t) => (t.id === 2 ? { ...t, done: true } : t));
console.log(todos[1].done, immutable[1].done, todos[0] === immutable[0], todos[1] === immutable[1]);
todos.forEach((t) => {
  if (t.id === 1) t.text = t.text.toUpperCase();
});
console.log(todos[0].text, immutable[0].text);
for (const t of todos) t.done = !t.done;
console.log(todos, immutable);
const renamed = todos.map((t) => ({ ...t, text: t.text + t.id }));
renamed[2].id = 30;
console.log(renamed.map((t) => t.id), todos.map((t) => t.id));
const removed = immutable.filter((t) => t.id !== 2);
console.log(removed.length, immutable.length);

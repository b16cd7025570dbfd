interface Point {
  x: number;
  y: number;
}
const p: Point = { x: 1, y: 2 };
console.log(p, p.x + p.y);
const q = { ...p, y: 5 };
console.log(q, p);
p.x = 10;
console.log(p, q.x);
type Todo = { id: number; title: string; done: boolean };
const todos: Todo[] = [];
todos.push({ id: 1, title: "write", done: false });
todos.push({ id: 2, title: "test", done: true });
const toggled = todos.map((t) => (t.id === 1 ? { ...t, done: !t.done } : t));
console.log(toggled, todos);
console.log(toggled.filter((t) => t.done).length, todos.filter((t) => !t.done).map((t) => t.title));
const found = todos.find((t) => t.id === 2);
console.log(found !== undefined, found === undefined ? "none" : found.title);
console.log(todos.find((t) => t.id === 3) === undefined);
console.log(JSON.stringify(todos), JSON.stringify(p), JSON.stringify([1, NaN, 3]), JSON.stringify("q\"s"));
const back = JSON.parse(JSON.stringify(todos)) as Todo[];
console.log(back, back[1].title, back.length);

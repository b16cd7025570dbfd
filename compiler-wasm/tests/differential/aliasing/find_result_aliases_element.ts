interface Task {
  id: number;
  done: boolean;
  notes: string[];
}
const tasks: Task[] = [
  { id: 1, done: false, notes: [] },
  { id: 2, done: false, notes: ["x"] },
];
const t = tasks.find((x) => x.id === 2);
if (t !== undefined) {
  t.done = true;
  t.notes.push("found");
}
console.log(tasks);
const first = tasks[0];
first.notes.push("first");
tasks[0] = { ...first, id: 10 };
first.done = true;
console.log(tasks, first);

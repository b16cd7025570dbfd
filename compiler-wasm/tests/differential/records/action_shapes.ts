// One function called with objects of different shapes (a reducer's actions): a field an
// object lacks reads as undefined, and the other fields keep their values.
function reducer(tasks, action) {
  switch (action.type) {
    case "added":
      return [...tasks, { id: action.id, text: action.text, done: false }];
    case "changed":
      return tasks.map((t) => (t.id === action.task.id ? action.task : t));
    case "deleted":
      return tasks.filter((t) => t.id !== action.id);
    default:
      return tasks;
  }
}
function describe(action) {
  return `${action.type}: id=${action.id} text=${action.text ?? "-"} has task=${action.task !== undefined}`;
}
let tasks = [{ id: 0, text: "walk", done: false }];
tasks = reducer(tasks, { type: "added", id: 1, text: "read" });
tasks = reducer(tasks, { type: "changed", task: { id: 0, text: "walk the dog", done: true } });
tasks = reducer(tasks, { type: "deleted", id: 1 });
tasks = reducer(tasks, { type: "noop" });
console.log(tasks.length, tasks[0].text, tasks[0].done);
console.log(describe({ type: "added", id: 2, text: "x" }));
console.log(describe({ type: "deleted", id: 3 }));
console.log(describe({ type: "changed", task: { id: 4, text: "y", done: false } }));

import { useState } from "react";

const initial = [
  { id: 1, title: "Write the spec", done: true, owner: "Ana", notes: "" },
  { id: 2, title: "Review the parser", done: false, owner: "", notes: "check the error paths" },
  { id: 3, title: "Ship it", done: false, owner: "Bo", notes: "" },
];

export default function App() {
  const [tasks, setTasks] = useState(initial);
  const [showNotes, setShowNotes] = useState(true);
  const [nextId, setNextId] = useState(4);

  function toggle(id) {
    setTasks(tasks.map((t) => (t.id === id ? { ...t, done: !t.done } : t)));
  }

  function remove(id) {
    setTasks(tasks.filter((t) => t.id !== id));
  }

  function add() {
    setTasks([{ id: nextId, title: "Task " + nextId, done: false, owner: nextId % 2 === 0 ? "Cy" : "", notes: "new" }, ...tasks]);
    setNextId(nextId + 1);
  }

  return (
    <div>
      <button className="add" onClick={add}>Add</button>
      <button className="notes" onClick={() => setShowNotes(!showNotes)}>
        {showNotes ? "Hide notes" : "Show notes"}
      </button>
      <ul>
        {tasks.map((task) => (
          <li key={task.id} className={task.done ? "done" : ""}>
            {task.done ? <s>{task.title}</s> : <span>{task.title}</span>}
            {task.owner !== "" && <em> @{task.owner}</em>}
            {showNotes && task.notes !== "" && (
              <small>
                {" "}({task.notes})
              </small>
            )}
            <button className="toggle" onClick={() => toggle(task.id)}>
              {task.done ? "Undo" : "Done"}
            </button>
            {task.done && (
              <button className="remove" onClick={() => remove(task.id)}>
                Remove
              </button>
            )}
          </li>
        ))}
      </ul>
      <p>{tasks.filter((t) => !t.done).length} left</p>
    </div>
  );
}

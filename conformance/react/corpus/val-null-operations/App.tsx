import { useState } from "react";

interface Task {
  title: string;
  estimate?: number;
}

const tasks: Task[] = [
  { title: "Write", estimate: 3 },
  { title: "Review" },
];

// What JavaScript does with null and undefined: comparisons, ??, ||, templates, arithmetic.
export default function App() {
  const [picked, setPicked] = useState<number | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [done, setDone] = useState<boolean | null>(null);
  const [last, setLast] = useState();

  const task = picked === null ? null : tasks[picked];
  const hours = task === null ? 0 : task.estimate ?? 1;

  return (
    <div>
      {tasks.map((t, i) => (
        <button key={t.title} onClick={() => { setPicked(picked === i ? null : i); setLast(t.title); }}>
          {t.title}
        </button>
      ))}
      <button onClick={() => setNote(note === null ? "urgent" : null)}>Note</button>
      <button onClick={() => setDone(done === null ? true : done ? false : null)}>Done</button>
      <p id="picked">picked: {picked ?? "none"} / {`${picked}`} / {picked == null ? "nothing" : "something"}</p>
      <p id="math">{picked + 1} {hours * 2}</p>
      <p id="note">{note || "no note"} {note} {"[" + note + "]"} {note !== null && note.length}</p>
      <p id="done">{done === null ? "unknown" : done ? "yes" : "no"} {String(done)}</p>
      <p id="last">{last ?? "never"} {`${last}`}</p>
      {task && <p id="task">{task.title}: {task.estimate === undefined ? "no estimate" : task.estimate}</p>}
    </div>
  );
}

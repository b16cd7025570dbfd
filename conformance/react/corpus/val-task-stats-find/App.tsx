import { useState } from "react";

interface Task {
  id: number;
  title: string;
  done: boolean;
  estimate: number;
}

const initialTasks: Task[] = [
  { id: 1, title: "Write outline", done: true, estimate: 2 },
  { id: 2, title: "Draft chapter", done: false, estimate: 8 },
  { id: 3, title: "Review with editor", done: false, estimate: 3 },
  { id: 4, title: "Pick cover art", done: false, estimate: 1 },
];

export default function App() {
  const [tasks, setTasks] = useState<Task[]>(initialTasks);

  const nextTask = tasks.find((t) => !t.done);
  const anyDone = tasks.some((t) => t.done);
  const allDone = tasks.every((t) => t.done);
  const hoursLeft = tasks.filter((t) => !t.done).reduce((h, t) => h + t.estimate, 0);
  const biggest = tasks.reduce<Task | undefined>((best, t) => (!best || t.estimate > best.estimate ? t : best), undefined);

  function complete(id: number) {
    setTasks(tasks.map((t) => (t.id === id ? { ...t, done: !t.done } : t)));
  }

  return (
    <div>
      <ul>
        {tasks.map((t) => (
          <li key={t.id} style={{ textDecoration: t.done ? "line-through" : "none" }}>
            <button onClick={() => complete(t.id)}>{t.done ? "Undo" : "Done"}</button> {t.title} ({t.estimate}h)
          </li>
        ))}
      </ul>
      <p>Next up: {nextTask ? nextTask.title : "nothing — all finished"}</p>
      <p>Hours left: {hoursLeft}</p>
      <p>Biggest task: {biggest?.title}</p>
      {anyDone && !allDone && <p>Good progress!</p>}
      {allDone && <p>Book finished 📚</p>}
    </div>
  );
}

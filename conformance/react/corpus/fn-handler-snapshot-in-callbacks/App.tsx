// Each child's handler first asks the parent to change state, then reads a prop: it must see
// the prop of the render that created the handler, whatever computed it — `.filter`/`.map`
// callbacks that read other state, `reduce`, a module-level function, object and array
// literals, a string method, a function of the parent called while rendering.
import { useState } from "react";

interface Task {
  id: number;
  title: string;
  done: boolean;
}

interface Stats {
  open: number;
  done: number;
}

function formatCount(n: number, unit: string): string {
  return n + " " + unit + (n === 1 ? "" : "s");
}

function Recorder({ label, value, onChange }: { label: string; value: string; onChange: () => void }) {
  const [seen, setSeen] = useState("-");
  return (
    <li>
      <button
        onClick={() => {
          onChange();
          setSeen(value);
        }}
      >
        {label}
      </button>{" "}
      <span>{seen}</span>
    </li>
  );
}

function StatsRecorder({ stats, sizes, onChange }: { stats: Stats; sizes: number[]; onChange: () => void }) {
  const [seen, setSeen] = useState("-");
  return (
    <li>
      <button
        onClick={() => {
          onChange();
          setSeen(stats.open + " open, " + stats.done + " done, last " + sizes[sizes.length - 1]);
        }}
      >
        stats
      </button>{" "}
      <span>{seen}</span>
    </li>
  );
}

export default function App() {
  const [tasks, setTasks] = useState<Task[]>([
    { id: 0, title: "write", done: false },
    { id: 1, title: "test", done: true },
  ]);
  const [prefix, setPrefix] = useState("#");
  const [showDone, setShowDone] = useState(true);
  const [owner, setOwner] = useState("ada");

  function summary(): string {
    return owner + ": " + tasks.length + " tasks";
  }

  const addTask = () =>
    setTasks([...tasks, { id: tasks.length, title: "task" + tasks.length, done: false }]);

  return (
    <div>
      <p>{summary()}</p>
      <ul>
        <Recorder
          label="titles"
          value={tasks
            .filter((t) => showDone || !t.done)
            .map((t) => prefix + t.title)
            .join(", ")}
          onChange={() => {
            setShowDone(!showDone);
            setPrefix(prefix + "#");
          }}
        />
        <Recorder
          label="open"
          value={formatCount(tasks.filter((t) => !t.done).length, "open task")}
          onChange={() => setTasks(tasks.map((t) => (t.id === 0 ? { ...t, done: !t.done } : t)))}
        />
        <Recorder
          label="letters"
          value={String(tasks.reduce((sum, t) => sum + t.title.length, prefix.length))}
          onChange={addTask}
        />
        <Recorder label="owner" value={owner.toUpperCase()} onChange={() => setOwner(owner + "!")} />
        <Recorder label="summary" value={summary()} onChange={addTask} />
        <StatsRecorder
          stats={{
            open: tasks.filter((t) => !t.done).length,
            done: tasks.filter((t) => t.done).length,
          }}
          sizes={tasks.map((t) => t.title.length)}
          onChange={addTask}
        />
      </ul>
    </div>
  );
}

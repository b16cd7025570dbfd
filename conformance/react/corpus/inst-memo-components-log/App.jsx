import { memo, useState } from "react";
import * as React from "react";

// Components wrapped in `memo` (named function, arrow, `React.memo`) with a log line in their
// bodies, as the React docs write them to show when a component renders.
const Row = memo(function Row({ label, done, onToggle }) {
  return (
    <li className={done ? "done" : ""}>
      <label>
        <input type="checkbox" checked={done} onChange={onToggle} /> {label}
      </label>
    </li>
  );
});

const Summary = memo(({ total, finished }) => {
  console.info("render summary");
  return (
    <p>
      {finished} of {total} finished
    </p>
  );
});

const Title = React.memo(function Title({ text }) {
  return <h2>{text}</h2>;
});

function App() {
  const [tasks, setTasks] = useState([
    { id: 1, label: "Water plants", done: false },
    { id: 2, label: "Pay rent", done: true },
  ]);
  const [heading, setHeading] = useState("Chores");
  console.log("render app with", tasks.length, "tasks");

  return (
    <div>
      <Title text={heading} />
      <input value={heading} onChange={(e) => setHeading(e.target.value)} />
      <ul>
        {tasks.map((t) => (
          <Row
            key={t.id}
            label={t.label}
            done={t.done}
            onToggle={() => setTasks(tasks.map((x) => (x.id === t.id ? { ...x, done: !x.done } : x)))}
          />
        ))}
      </ul>
      <Summary total={tasks.length} finished={tasks.filter((t) => t.done).length} />
    </div>
  );
}

export default memo(App);

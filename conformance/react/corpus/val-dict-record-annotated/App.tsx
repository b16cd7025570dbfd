import { useState } from "react";

const grades = ["B", "A", "C", "A", "10", "2", "B"];

function count(items: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const g of items) {
    out[g] = (out[g] || 0) + 1;
  }
  return out;
}

export default function App() {
  const [done, setDone] = useState<Record<string, boolean>>({});
  const counts = count(grades);
  const tasks = ["wash", "dry", "fold"];
  return (
    <div>
      <ul>
        {Object.entries(counts).map(([g, n]) => <li key={g}>{g}: {n}</li>)}
      </ul>
      <p>{Object.keys(counts).join(",")} / {Object.values(counts).join(",")}</p>
      {tasks.map((t) => (
        <label key={t}>
          <input type="checkbox" checked={!!done[t]} onChange={(e) => setDone({ ...done, [t]: e.target.checked })} />
          {t} {done[t] ? "done" : "open"}
        </label>
      ))}
      <p>{Object.keys(done).length} touched, {JSON.stringify(done)}</p>
    </div>
  );
}

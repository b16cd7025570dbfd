import { useState } from "react";
import { bar, percentOf, sumBy } from "./utils.ts";

const initial = [
  { label: "Chrome", value: 64 },
  { label: "Safari", value: 19 },
  { label: "Firefox", value: 7 },
];

export default function App() {
  const [stats, setStats] = useState(initial);
  const total = sumBy(stats, (s) => s.value);

  const bump = (label) => setStats(stats.map((s) => (s.label === label ? { ...s, value: s.value + 10 } : s)));

  return (
    <div>
      {stats.map((s) => (
        <button key={s.label} onClick={() => bump(s.label)}>
          +10 {s.label}
        </button>
      ))}
      <pre>
        {stats
          .map((s) => `${s.label.padEnd(8)} ${bar(percentOf(s.value, total))} ${percentOf(s.value, total)}%`)
          .join("\n")}
      </pre>
      <p>Total visits: {total}</p>
    </div>
  );
}

import { useState } from "react";

const PRIORITIES = ["trivial", "low", "normal", "high", "urgent"] as const;
type Priority = (typeof PRIORITIES)[number];

const ICONS: Partial<Record<Priority, string>> = { high: "▲", urgent: "‼" };
const DEFAULT_PRIORITY: Priority = "normal";

interface Issue {
  id: number;
  title: string;
  priority: Priority;
}

const ISSUES: Issue[] = [
  { id: 7, title: "Crash when saving empty form", priority: "urgent" },
  { id: 8, title: "Tooltip flickers", priority: "low" },
  { id: 9, title: "Add CSV export", priority: DEFAULT_PRIORITY },
];

function shift(p: Priority, by: number): Priority {
  const i = PRIORITIES.indexOf(p) + by;
  return PRIORITIES[Math.max(0, Math.min(PRIORITIES.length - 1, i))];
}

export default function App() {
  const [issues, setIssues] = useState(ISSUES);

  const change = (id: number, by: number) => setIssues(issues.map((it) => (it.id === id ? { ...it, priority: shift(it.priority, by) } : it)));
  const sorted = [...issues].sort((a, b) => PRIORITIES.indexOf(b.priority) - PRIORITIES.indexOf(a.priority));

  return (
    <ul>
      {sorted.map((it) => (
        <li key={it.id}>
          <button onClick={() => change(it.id, 1)} disabled={it.priority === "urgent"}>
            ↑
          </button>
          <button onClick={() => change(it.id, -1)} disabled={it.priority === "trivial"}>
            ↓
          </button>{" "}
          {ICONS[it.priority] ?? ""} [{it.priority}] #{it.id} {it.title}
        </li>
      ))}
    </ul>
  );
}

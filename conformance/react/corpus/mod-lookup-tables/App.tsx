import { useState } from "react";

type Severity = "info" | "warning" | "error" | "critical";

const LABELS: Record<Severity, string> = {
  info: "Info",
  warning: "Warning",
  error: "Error",
  critical: "Critical",
};

const COLORS: Record<Severity, string> = {
  info: "#2563eb",
  warning: "#d97706",
  error: "#dc2626",
  critical: "#7f1d1d",
};

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2, critical: 3 };
const SEVERITIES = Object.keys(RANK) as Severity[];

interface LogLine {
  id: number;
  severity: Severity;
  text: string;
}

const LOG: LogLine[] = [
  { id: 1, severity: "info", text: "Server started on port 3000" },
  { id: 2, severity: "warning", text: "Cache miss ratio above 40%" },
  { id: 3, severity: "error", text: "Payment webhook timed out" },
  { id: 4, severity: "info", text: "User logged in" },
  { id: 5, severity: "critical", text: "Disk almost full" },
];

export default function App() {
  const [minimum, setMinimum] = useState<Severity>("info");
  const visible = LOG.filter((l) => RANK[l.severity] >= RANK[minimum]);

  return (
    <div>
      <select value={minimum} onChange={(e) => setMinimum(e.target.value as Severity)}>
        {SEVERITIES.map((s) => (
          <option key={s} value={s}>
            {LABELS[s]} and above
          </option>
        ))}
      </select>
      <ul>
        {visible.map((l) => (
          <li key={l.id} style={{ color: COLORS[l.severity] }}>
            [{LABELS[l.severity].toUpperCase()}] {l.text}
          </li>
        ))}
      </ul>
      <p>
        {visible.length}/{LOG.length} lines
      </p>
    </div>
  );
}

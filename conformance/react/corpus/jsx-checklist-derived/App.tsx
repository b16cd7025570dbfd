import { useState } from "react";

interface Check {
  id: string;
  label: string;
  required: boolean;
}

const checks: Check[] = [
  { id: "tests", label: "Tests pass", required: true },
  { id: "docs", label: "Docs updated", required: false },
  { id: "changelog", label: "Changelog entry", required: true },
  { id: "review", label: "Reviewed by a teammate", required: true },
];

export default function App() {
  const [done, setDone] = useState<Record<string, boolean>>({});

  const requiredLeft = checks.filter((c) => c.required && !done[c.id]);
  const completed = checks.filter((c) => done[c.id]).length;

  return (
    <div>
      <h4>
        Release checklist ({completed}/{checks.length})
      </h4>
      {checks.map((c) => (
        <label key={c.id} style={{ display: "block" }}>
          <input type="checkbox" checked={!!done[c.id]} onChange={(e) => setDone({ ...done, [c.id]: e.target.checked })} />
          {c.label}
          {c.required && <abbr title="required">*</abbr>}
        </label>
      ))}
      {requiredLeft.length > 0 ? (
        <p>Still needed: {requiredLeft.map((c) => c.label.toLowerCase()).join(", ")}</p>
      ) : (
        <p>
          <strong>Ready to ship!</strong>
        </p>
      )}
      <button onClick={() => setDone({})} disabled={completed === 0}>
        Uncheck all
      </button>
    </div>
  );
}

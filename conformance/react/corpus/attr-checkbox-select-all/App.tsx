import { useEffect, useRef, useState } from "react";

const files: string[] = ["report.pdf", "photo.jpg", "notes.txt", "budget.xlsx"];

export default function App() {
  const [checked, setChecked] = useState<string[]>(["notes.txt"]);
  const allRef = useRef<HTMLInputElement>(null);
  const all = checked.length === files.length;
  const some = checked.length > 0 && !all;

  useEffect(() => {
    if (allRef.current) allRef.current.indeterminate = some;
  }, [some]);

  function toggle(name: string) {
    setChecked((c) => (c.includes(name) ? c.filter((x) => x !== name) : [...c, name]));
  }

  return (
    <div>
      <label>
        <input ref={allRef} type="checkbox" checked={all} onChange={() => setChecked(all ? [] : files)} />
        Select all
      </label>
      <ul>
        {files.map((f) => (
          <li key={f}>
            <label>
              <input type="checkbox" checked={checked.includes(f)} onChange={() => toggle(f)} />
              {f}
            </label>
          </li>
        ))}
      </ul>
      <button disabled={checked.length === 0} onClick={() => setChecked([])}>
        Delete {checked.length} file{checked.length === 1 ? "" : "s"}
      </button>
    </div>
  );
}

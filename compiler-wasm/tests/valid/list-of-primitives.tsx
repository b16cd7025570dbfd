// Keyed lists over arrays of strings, numbers and booleans (was DX0306 "a keyed list over an
// array of strings is not supported yet"): keys by value and by index, rows reading their item
// in bindings and in handlers, an array literal of options in a select.
import { useState } from "react";

export default function Primitives() {
  const [tags, setTags] = useState<string[]>(["daily", "weekly"]);
  const [steps, setSteps] = useState<number[]>([1, 2, 3]);
  const [flags, setFlags] = useState<boolean[]>([true, false]);
  const [picked, setPicked] = useState("weekly");
  const total = steps.reduce((sum, n) => sum + n, 0);
  return (
    <div>
      <ul>
        {tags.map((t) => (
          <li key={t} title={t} onClick={() => setTags(tags.filter((x) => x !== t))}>
            {t}
          </li>
        ))}
      </ul>
      <ol>
        {steps.map((n, i) => (
          <li key={i} onClick={() => setSteps([n * 2, ...steps])}>
            {n * 2} of {total}, row {i + 1}
          </li>
        ))}
      </ol>
      <p>
        {flags.map((on, i) => (
          <input key={i} type="checkbox" checked={on} onChange={() => setFlags(flags.map((f, j) => (j === i ? !f : f)))} />
        ))}
      </p>
      <select value={picked} onChange={(e) => setPicked(e.target.value)}>
        {["daily", "weekly", "monthly"].map((f) => (
          <option key={f} value={f}>
            {f}
          </option>
        ))}
      </select>
      <p>{[1, 2, 3].map((n) => <span key={n}>{n * 2}</span>)}</p>
    </div>
  );
}

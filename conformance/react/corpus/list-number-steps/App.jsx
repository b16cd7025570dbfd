import { useState } from "react";

// Keyed lists over arrays of numbers, keyed by the numbers, with values computed per row from
// the item and from state; and a select whose options come from an array of strings.
const units = ["km", "mi", "nm"];

export default function App() {
  const [steps, setSteps] = useState([1, 2, 3, 5, 8]);
  const [unit, setUnit] = useState("mi");
  const [factor, setFactor] = useState(2);
  const total = steps.reduce((sum, n) => sum + n, 0);
  const largest = steps.reduce((max, n) => Math.max(max, n), 0);

  // Always a new number (larger than every other): keys stay unique.
  function next() {
    const n = steps.length;
    setSteps([...steps, largest + (n > 1 ? steps[n - 2] : 1)]);
  }

  return (
    <div>
      <button className="next" onClick={next}>
        Append a larger step
      </button>
      <button className="double" onClick={() => setSteps(steps.map((n) => n * 2))}>
        Double all
      </button>
      <button className="drop-first" onClick={() => setSteps(steps.slice(1))}>
        Drop first
      </button>
      <button className="reverse" onClick={() => setSteps([...steps].reverse())}>
        Reverse
      </button>
      <button className="factor" onClick={() => setFactor(factor + 1)}>
        Factor +1
      </button>
      <select value={unit} onChange={(e) => setUnit(e.target.value)}>
        {units.map((u) => (
          <option key={u} value={u}>
            {u.toUpperCase()}
          </option>
        ))}
      </select>
      <ol>
        {steps.map((n, i) => (
          <li key={n} className={n % 2 === 0 ? "even" : "odd"} data-step={n} title={"#" + (i + 1)}>
            {n} × {factor} = {n * factor} {unit}; {((n / total) * 100).toFixed(1)}% of {total}
            <button className="remove" onClick={() => setSteps(steps.filter((m) => m !== n))}>
              remove {n}
            </button>
          </li>
        ))}
      </ol>
      <p>
        {[10, 20, 30].map((p) => (
          <span key={p} className={p > total ? "above" : "below"}>
            {p - total}{" "}
          </span>
        ))}
      </p>
    </div>
  );
}

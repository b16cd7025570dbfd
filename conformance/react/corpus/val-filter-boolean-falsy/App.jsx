import { useState } from "react";

const raw = ["alpha", "", null, "beta", undefined, 0, "gamma", false, NaN, "0"];

function label(v) {
  if (typeof v === "string") return v === "" ? '""' : `"${v}"`;
  return String(v);
}

export default function App() {
  const [values, setValues] = useState(raw);
  const [showRemoved, setShowRemoved] = useState(false);

  const kept = values.filter(Boolean);
  const removed = values.filter((v) => !v);

  return (
    <div>
      <button onClick={() => setShowRemoved(!showRemoved)}>{showRemoved ? "Hide" : "Show"} removed values</button>
      <button onClick={() => setValues([...values, values.length % 2 ? "" : `item${values.length}`])}>Push value</button>
      <p>
        Kept {kept.length}: {kept.map(label).join(", ")}
      </p>
      {showRemoved && (
        <ul>
          {removed.map((v, i) => (
            <li key={i}>
              {label(v)} is falsy (typeof {typeof v}, !!value = {String(!!v)})
            </li>
          ))}
        </ul>
      )}
      <p>"0" is truthy: {"0" ? "yes" : "no"}; 0 is truthy: {0 ? "yes" : "no"}</p>
    </div>
  );
}

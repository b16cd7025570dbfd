import { useState } from "react";

function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return `array(${value.length})`;
  if (typeof value === "string") return value ? `string "${value}"` : "empty string";
  if (typeof value === "number") return Number.isInteger(value) ? `integer ${value}` : `number ${value.toFixed(2)}`;
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "undefined") return "undefined";
  if (typeof value === "function") return `function ${value.name || "anonymous"}`;
  if (typeof value === "object") return `object with ${Object.keys(value).length} keys`;
  return typeof value;
}

const samples = [42, "hello", "", 3.14159, null, undefined, true, [1, 2, 3], { a: 1, b: 2 }, function greet() {}];

export default function App() {
  const [values, setValues] = useState(samples.slice(0, 4));
  const next = samples[values.length];

  return (
    <div>
      <button onClick={() => setValues([...values, next])} disabled={values.length >= samples.length}>
        Add sample
      </button>
      <button onClick={() => setValues((v) => v.slice(1))}>Drop first</button>
      <ul>
        {values.map((v, i) => (
          <li key={i}>
            <code>{typeof v}</code>: {describe(v)}
          </li>
        ))}
      </ul>
      <p>Strings: {values.filter((v) => typeof v === "string").length}</p>
    </div>
  );
}

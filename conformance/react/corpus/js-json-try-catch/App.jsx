import { useState } from "react";

function parseConfig(text) {
  try {
    const data = JSON.parse(text);
    if (typeof data !== "object" || data === null || Array.isArray(data)) {
      return { error: "Top level must be an object" };
    }
    return { data };
  } catch (err) {
    return { error: err instanceof SyntaxError ? "Invalid JSON" : String(err) };
  }
}

function isValidPort(value) {
  try {
    return Number.isInteger(value) && value > 0 && value < 65536;
  } catch {
    return false;
  }
}

const samples = ['{"port": 8080, "debug": true}', '{"port": 70000}', "[1, 2, 3]", "{port: 1}"];

export default function App() {
  const [text, setText] = useState(samples[0]);
  const { data, error } = parseConfig(text);

  return (
    <div>
      <textarea value={text} onChange={(e) => setText(e.target.value)} rows={3} cols={40} />
      <div>
        {samples.map((s, i) => (
          <button key={i} onClick={() => setText(s)}>
            Sample {i + 1}
          </button>
        ))}
      </div>
      {error ? (
        <p className="error">⚠ {error}</p>
      ) : (
        <ul>
          {Object.entries(data).map(([key, value]) => (
            <li key={key}>
              {key} = {JSON.stringify(value)}
              {key === "port" && !isValidPort(value) && <strong> (out of range)</strong>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

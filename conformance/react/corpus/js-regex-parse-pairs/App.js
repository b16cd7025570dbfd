import { useState } from "react";
import { coerce, parsePairs } from "./parse.js";

export default function App() {
  const [input, setInput] = useState('theme = dark; fontSize=14; title="Hello; world"; beta=true');
  const pairs = parsePairs(input);
  const entries = Object.entries(pairs);

  return (
    <div>
      <input value={input} onChange={(e) => setInput(e.target.value)} style={{ width: "100%" }} />
      <button onClick={() => setInput(input + "; retries=3")}>Add retries</button>
      <button onClick={() => setInput("")}>Clear</button>
      {entries.length === 0 ? (
        <p>No settings found.</p>
      ) : (
        <table>
          <tbody>
            {entries.map(([key, value]) => {
              const typed = coerce(value);
              return (
                <tr key={key}>
                  <td>{key}</td>
                  <td>{String(typed)}</td>
                  <td>{typeof typed}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}

import { useState } from "react";

const base = { title: "Untitled", color: undefined, pinned: false };

export default function App() {
  const [note, setNote] = useState(base);

  const rows = ["title", "color", "pinned", "due"].map((key) => ({
    key,
    present: key in note,
    own: Object.prototype.hasOwnProperty.call(note, key),
    defined: note[key] !== undefined,
  }));

  function clearColor() {
    const { color, ...rest } = note;
    setNote(rest);
  }

  return (
    <div>
      <button onClick={() => setNote({ ...note, color: "yellow" })}>Set color</button>
      <button onClick={clearColor}>Delete color key</button>
      <button onClick={() => setNote({ ...note, due: note.due ? undefined : "Friday" })}>Toggle due</button>
      <button onClick={() => setNote({ ...note, pinned: !note.pinned })}>Pin</button>
      <table>
        <thead>
          <tr>
            <th>key</th>
            <th>in</th>
            <th>own</th>
            <th>defined</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <td>{r.key}</td>
              <td>{r.present ? "yes" : "no"}</td>
              <td>{r.own ? "yes" : "no"}</td>
              <td>{r.defined ? String(note[r.key]) : "undefined"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>Keys: {Object.keys(note).join(", ")}</p>
    </div>
  );
}

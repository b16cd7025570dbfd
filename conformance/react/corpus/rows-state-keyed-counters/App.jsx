import { useState } from "react";

function Counter({ label, onRemove }) {
  const [count, setCount] = useState(0);
  const [note, setNote] = useState("");
  return (
    <li>
      <b>{label}</b>: {count}
      <button className="inc" onClick={() => setCount(count + 1)}>+1</button>
      <button className="tag" onClick={() => setNote(note === "" ? "starred " + label : "")}>
        {note === "" ? "Star" : "Unstar"}
      </button>
      {note !== "" && <i> {note}</i>}
      {count >= 2 && <em> (busy)</em>}
      <button className="remove" onClick={onRemove}>Remove</button>
    </li>
  );
}

export default function App() {
  const [names, setNames] = useState(["Ada", "Bob", "Cy"]);
  const [next, setNext] = useState(1);

  return (
    <div>
      <button className="add" onClick={() => { setNames([...names, "New" + next]); setNext(next + 1); }}>Add</button>
      <button className="front" onClick={() => { setNames(["Top" + next, ...names]); setNext(next + 1); }}>Add first</button>
      <button className="reverse" onClick={() => setNames([...names].reverse())}>Reverse</button>
      <ul>
        {names.map((name) => (
          <Counter key={name} label={name} onRemove={() => setNames(names.filter((n) => n !== name))} />
        ))}
      </ul>
      <p>{names.length} counters</p>
    </div>
  );
}

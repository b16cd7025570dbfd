import { useState } from "react";

function Row({ label }) {
  const [note, setNote] = useState("");
  const [votes, setVotes] = useState(0);
  return (
    <li>
      <b>{label}</b> <button onClick={() => setVotes(votes + 1)}>▲ {votes}</button>
      <input value={note} onChange={(e) => setNote(e.target.value)} placeholder={`Note for ${label}`} />
    </li>
  );
}

const initial = [
  { id: "a", label: "Apples" },
  { id: "b", label: "Bread" },
  { id: "c", label: "Cheese" },
];

export default function App() {
  const [items, setItems] = useState(initial);
  const [useIndexKeys, setUseIndexKeys] = useState(false);

  return (
    <div>
      <button onClick={() => setItems([...items].reverse())}>Reverse</button>
      <button onClick={() => setItems(items.slice(1))}>Remove first</button>
      <button onClick={() => setUseIndexKeys(!useIndexKeys)}>Keys: {useIndexKeys ? "index" : "id"}</button>
      <button onClick={() => setItems(initial)}>Restore</button>
      <ul>
        {items.map((item, index) => (
          <Row key={useIndexKeys ? index : item.id} label={item.label} />
        ))}
      </ul>
    </div>
  );
}

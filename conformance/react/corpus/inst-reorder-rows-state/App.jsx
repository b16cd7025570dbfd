import { useState } from "react";

function Row({ item, onUp, onDown }) {
  const [votes, setVotes] = useState(0);
  return (
    <li>
      <span>{item.label}</span> <em>{votes} votes</em>
      <button onClick={() => setVotes(votes + 1)}>Vote</button>
      <button onClick={onUp}>↑</button>
      <button onClick={onDown}>↓</button>
    </li>
  );
}

const start = [
  { id: "a", label: "Pizza" },
  { id: "b", label: "Sushi" },
  { id: "c", label: "Tacos" },
  { id: "d", label: "Ramen" },
];

export default function App() {
  const [items, setItems] = useState(start);

  function move(index, delta) {
    const target = index + delta;
    if (target < 0 || target >= items.length) return;
    const next = [...items];
    [next[index], next[target]] = [next[target], next[index]];
    setItems(next);
  }

  return (
    <div>
      <button onClick={() => setItems([...items].reverse())}>Reverse</button>
      <ol>
        {items.map((item, i) => (
          <Row
            key={item.id}
            item={item}
            onUp={() => move(i, -1)}
            onDown={() => move(i, 1)}
          />
        ))}
      </ol>
    </div>
  );
}

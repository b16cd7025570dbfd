import { useState } from "react";

type Contact = { id: string; name: string; starred: boolean };

const initial: Record<string, Contact> = {
  c1: { id: "c1", name: "Priya", starred: false },
  c2: { id: "c2", name: "Kwame", starred: true },
  c3: { id: "c3", name: "Lena", starred: false },
};

export default function App() {
  const [byId, setById] = useState<Record<string, Contact>>(initial);
  const [order, setOrder] = useState<string[]>(Object.keys(initial));
  const [counter, setCounter] = useState(4);

  function toggleStar(id: string) {
    const contact = byId[id];
    setById({ ...byId, [id]: { ...contact, starred: !contact.starred } });
  }

  function remove(id: string) {
    const next = { ...byId };
    delete next[id];
    setById(next);
    setOrder(order.filter((x) => x !== id));
  }

  function add() {
    const id = `c${counter}`;
    setById((prev) => ({ ...prev, [id]: { id, name: `Guest ${counter}`, starred: false } }));
    setOrder((prev) => [id, ...prev]);
    setCounter(counter + 1);
  }

  const starredCount = Object.values(byId).filter((c) => c.starred).length;

  return (
    <div>
      <button onClick={add}>Add guest</button>
      <p>
        {order.length} contacts, {starredCount} starred
      </p>
      <ul>
        {order.map((id) => (
          <li key={id}>
            {byId[id].starred ? "★" : "☆"} {byId[id].name}
            <button onClick={() => toggleStar(id)}>Star</button>
            <button onClick={() => remove(id)}>Remove</button>
          </li>
        ))}
      </ul>
    </div>
  );
}

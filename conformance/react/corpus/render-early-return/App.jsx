import { useState } from "react";

function Item({ name, isPacked }) {
  if (isPacked) {
    return <li className="item">{name} ✔</li>;
  }
  return <li className="item">{name}</li>;
}

export default function PackingList() {
  const [packed, setPacked] = useState(false);
  const [hidden, setHidden] = useState(false);
  if (hidden) return <button onClick={() => setHidden(false)}>show</button>;
  return (
    <section>
      <button onClick={() => setPacked(!packed)}>toggle</button>
      <button onClick={() => setHidden(true)}>hide</button>
      <ul>
        <Item isPacked={true} name="Space suit" />
        <Item isPacked={packed} name="Helmet" />
      </ul>
    </section>
  );
}

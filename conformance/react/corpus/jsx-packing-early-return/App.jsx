import { useState } from "react";

function GearItem({ name, packed, weight }) {
  if (packed) {
    return (
      <li className="gear gear--packed">
        <s>{name}</s> (in the bag)
      </li>
    );
  }
  if (weight > 2) {
    return (
      <li className="gear gear--heavy">
        {name} <small>({weight} kg — heavy!)</small>
      </li>
    );
  }
  return <li className="gear">{name}</li>;
}

const initialGear = [
  { id: 1, name: "Tent", weight: 3.2, packed: false },
  { id: 2, name: "Headlamp", weight: 0.1, packed: true },
  { id: 3, name: "Stove", weight: 0.9, packed: false },
  { id: 4, name: "Water filter", weight: 0.3, packed: false },
];

export default function App() {
  const [gear, setGear] = useState(initialGear);
  const packNext = () => {
    const next = gear.find((g) => !g.packed);
    if (!next) return;
    setGear(gear.map((g) => (g === next ? { ...g, packed: true } : g)));
  };
  const left = gear.filter((g) => !g.packed).length;

  return (
    <section>
      <h2>Camping checklist</h2>
      <button onClick={packNext}>Pack next item</button>
      <button onClick={() => setGear(initialGear)}>Unpack</button>
      <ul>
        {gear.map((g) => (
          <GearItem key={g.id} {...g} />
        ))}
      </ul>
      {left === 0 ? <p>All packed, let's go!</p> : <p>{left} still to pack</p>}
    </section>
  );
}

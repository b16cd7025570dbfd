import { useState } from "react";

interface Planet {
  name: string;
  moons: number;
  rings?: boolean;
  notes?: string;
}

const planets: Planet[] = [
  { name: "Mercury", moons: 0 },
  { name: "Earth", moons: 1, notes: "Home" },
  { name: "Saturn", moons: 146, rings: true },
  { name: "Neptune", moons: 16, rings: true, notes: "Windiest planet" },
];

function Detail({ planet }: { planet: Planet | null }) {
  if (!planet) {
    return <p className="empty">Select a planet to see details.</p>;
  }
  return (
    <div className="detail">
      <h3>{planet.name}</h3>
      <p>{planet.moons === 0 ? "No moons" : `${planet.moons} moon${planet.moons > 1 ? "s" : ""}`}</p>
      {planet.rings && <p>Has rings</p>}
      {planet.notes ? <blockquote>{planet.notes}</blockquote> : null}
    </div>
  );
}

export default function App() {
  const [selected, setSelected] = useState<Planet | null>(null);

  return (
    <div style={{ display: "flex", gap: 12 }}>
      <ul>
        {planets.map((p) => (
          <li key={p.name}>
            <button
              onClick={() => setSelected(selected?.name === p.name ? null : p)}
              style={{ fontWeight: selected === p ? 700 : 400 }}
            >
              {p.name}
            </button>
          </li>
        ))}
      </ul>
      <Detail planet={selected} />
    </div>
  );
}

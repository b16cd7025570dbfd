import { useState } from "react";

const planets = [
  { id: "mercury", name: "Mercury", moons: 0, distance: 0.39 },
  { id: "venus", name: "Venus", moons: 0, distance: 0.72 },
  { id: "earth", name: "Earth", moons: 1, distance: 1 },
  { id: "mars", name: "Mars", moons: 2, distance: 1.52 },
];

function PlanetList({ items, selectedId, onSelect }) {
  return (
    <ul className="list">
      {items.map((p) => (
        <li key={p.id}>
          <button onClick={() => onSelect(p.id)} className={p.id === selectedId ? "active" : null}>
            {p.name}
          </button>
        </li>
      ))}
    </ul>
  );
}

function PlanetDetails({ planet, onClose }) {
  if (!planet) return <p className="hint">Select a planet.</p>;
  return (
    <div className="details">
      <h3>{planet.name}</h3>
      <p>
        {planet.moons} moon{planet.moons === 1 ? "" : "s"}, {planet.distance} AU from the Sun
      </p>
      <button onClick={onClose}>Close</button>
    </div>
  );
}

export default function App() {
  const [selectedId, setSelectedId] = useState(null);
  const [history, setHistory] = useState([]);

  function handleSelect(id) {
    setSelectedId(id);
    setHistory((h) => [...h, id]);
  }

  return (
    <div>
      <PlanetList items={planets} selectedId={selectedId} onSelect={handleSelect} />
      <PlanetDetails planet={planets.find((p) => p.id === selectedId)} onClose={() => setSelectedId(null)} />
      <small>Viewed: {history.join(" > ") || "nothing yet"}</small>
    </div>
  );
}

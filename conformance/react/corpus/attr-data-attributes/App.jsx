import { useState } from "react";

const tiles = [
  { id: "t1", kind: "water", cost: 3 },
  { id: "t2", kind: "forest", cost: 2 },
  { id: "t3", kind: "mountain", cost: 5 },
  { id: "t4", kind: "plain", cost: 1 },
];

export default function App() {
  const [selected, setSelected] = useState(null);
  const [visited, setVisited] = useState({});

  function handleClick(e) {
    const { tileId, kind, cost } = e.currentTarget.dataset;
    setSelected(`${kind} (${tileId}), cost ${cost}`);
    setVisited((v) => ({ ...v, [tileId]: (v[tileId] || 0) + 1 }));
  }

  return (
    <div data-testid="map" data-selected={selected ? "yes" : "no"}>
      {tiles.map((t) => (
        <button
          key={t.id}
          data-tile-id={t.id}
          data-kind={t.kind}
          data-cost={t.cost}
          data-visits={visited[t.id] ?? 0}
          data-hot={visited[t.id] > 1 ? "" : undefined}
          onClick={handleClick}
        >
          {t.kind}
        </button>
      ))}
      <p data-empty={!selected}>{selected ?? "No tile selected"}</p>
    </div>
  );
}

import { useState } from "react";

const rivers = [
  { id: "nile", name: "Nile", continent: "Africa", km: 6650 },
  { id: "amazon", name: "Amazon", continent: "South America", km: 6400 },
  { id: "congo", name: "Congo", continent: "Africa", km: 4700 },
  { id: "mekong", name: "Mekong", continent: "Asia", km: 4909 },
  { id: "parana", name: "Paraná", continent: "South America", km: 4880 },
];

export default function App() {
  const [continent, setContinent] = useState("All");

  const shown = continent === "All" ? rivers : rivers.filter((r) => r.continent === continent);
  const rows = shown.map((river) => (
    <li key={river.id}>
      <b>{river.name}</b> — {river.km} km
    </li>
  ));
  const continents = ["All", ...new Set(rivers.map((r) => r.continent))];
  const filterButtons = continents.map((c) => (
    <button key={c} onClick={() => setContinent(c)} disabled={c === continent}>
      {c}
    </button>
  ));
  const longest = shown.reduce((a, b) => (b.km > a.km ? b : a));

  return (
    <section>
      <h2>Long rivers</h2>
      <div className="filters">{filterButtons}</div>
      <ol>{rows}</ol>
      <p>
        {rows.length} listed; longest is the {longest.name}
      </p>
    </section>
  );
}

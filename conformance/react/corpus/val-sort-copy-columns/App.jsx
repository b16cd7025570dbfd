import { useState } from "react";

const cities = [
  { name: "Lisbon", country: "Portugal", population: 545 },
  { name: "Oslo", country: "Norway", population: 709 },
  { name: "Ghent", country: "Belgium", population: 263 },
  { name: "Kraków", country: "Poland", population: 804 },
  { name: "Aarhus", country: "Denmark", population: 285 },
];

const columns = [
  { key: "name", label: "City" },
  { key: "country", label: "Country" },
  { key: "population", label: "Population (k)" },
];

export default function App() {
  const [sortKey, setSortKey] = useState("name");
  const [ascending, setAscending] = useState(true);

  function handleSort(key) {
    if (key === sortKey) {
      setAscending(!ascending);
    } else {
      setSortKey(key);
      setAscending(true);
    }
  }

  const sorted = [...cities].sort((a, b) => {
    const x = a[sortKey];
    const y = b[sortKey];
    const result = typeof x === "number" ? x - y : x.localeCompare(y);
    return ascending ? result : -result;
  });

  return (
    <table>
      <thead>
        <tr>
          {columns.map((col) => (
            <th key={col.key}>
              <button onClick={() => handleSort(col.key)}>
                {col.label} {sortKey === col.key ? (ascending ? "▲" : "▼") : ""}
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sorted.map((c) => (
          <tr key={c.name}>
            <td>{c.name}</td>
            <td>{c.country}</td>
            <td>{c.population}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={3}>Original first row is still {cities[0].name}</td>
        </tr>
      </tfoot>
    </table>
  );
}

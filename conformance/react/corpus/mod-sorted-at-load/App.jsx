import { useState } from "react";

const COUNTRIES = [
  { code: "NO", name: "Norway", capital: "Oslo", area: 385207 },
  { code: "CL", name: "Chile", capital: "Santiago", area: 756102 },
  { code: "NP", name: "Nepal", capital: "Kathmandu", area: 147516 },
  { code: "KE", name: "Kenya", capital: "Nairobi", area: 580367 },
  { code: "UY", name: "Uruguay", capital: "Montevideo", area: 176215 },
];

const BY_NAME = [...COUNTRIES].sort((a, b) => a.name.localeCompare(b.name));
const BY_AREA = [...COUNTRIES].sort((a, b) => b.area - a.area);
const INDEX = Object.fromEntries(COUNTRIES.map((c) => [c.code, c]));
const LARGEST = BY_AREA[0];

export default function App() {
  const [order, setOrder] = useState("name");
  const [code, setCode] = useState("KE");
  const list = order === "name" ? BY_NAME : BY_AREA;
  const selected = INDEX[code];

  return (
    <div>
      <button onClick={() => setOrder(order === "name" ? "area" : "name")}>Order by {order === "name" ? "area" : "name"}</button>
      <ol>
        {list.map((c) => (
          <li key={c.code} onClick={() => setCode(c.code)} style={{ fontWeight: c.code === code ? 700 : 400 }}>
            {c.name} ({c.area} km²)
          </li>
        ))}
      </ol>
      <p>
        {selected.name}'s capital is {selected.capital}
        {selected === LARGEST && " — the largest in this list"}.
      </p>
    </div>
  );
}

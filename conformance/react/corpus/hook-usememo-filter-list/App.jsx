import { useMemo, useRef, useState } from "react";

const countries = [
  "Argentina", "Australia", "Austria", "Belgium", "Brazil", "Canada", "Chile", "Denmark",
  "Egypt", "Finland", "France", "Germany", "Ghana", "India", "Japan", "Kenya", "Mexico", "Norway",
];

export default function App() {
  const [query, setQuery] = useState("");
  const [dark, setDark] = useState(false);
  const computations = useRef(0);

  const filtered = useMemo(() => {
    computations.current += 1;
    const q = query.toLowerCase();
    return countries.filter((c) => c.toLowerCase().includes(q));
  }, [query]);

  return (
    <div style={{ background: dark ? "#222" : "#fff", color: dark ? "#eee" : "#111" }}>
      <input value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Filter countries" />
      <label>
        <input type="checkbox" checked={dark} onChange={(e) => setDark(e.target.checked)} /> Dark mode
      </label>
      <button onClick={() => setQuery("an")}>Search “an”</button>
      <p>
        {filtered.length} matches (filter ran {computations.current} times)
      </p>
      <ul>
        {filtered.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
    </div>
  );
}

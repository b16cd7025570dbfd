import { useEffect, useState } from "react";

function useDebouncedValue(value, delay) {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(id);
  }, [value, delay]);
  return debounced;
}

const fruits = ["apple", "apricot", "banana", "blackberry", "cherry", "date", "dragonfruit", "fig", "grape"];

export default function App() {
  const [query, setQuery] = useState("");
  const debouncedQuery = useDebouncedValue(query, 20);
  const results = fruits.filter((f) => f.includes(debouncedQuery.toLowerCase()));

  return (
    <div>
      <input value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Search fruit" />
      <button onClick={() => setQuery("")}>Clear</button>
      <p>
        Searching for “{debouncedQuery}” {query !== debouncedQuery && <em>(typing…)</em>}
      </p>
      <ul>
        {results.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>
    </div>
  );
}

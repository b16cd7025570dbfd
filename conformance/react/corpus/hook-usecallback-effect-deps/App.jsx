import { useCallback, useEffect, useState } from "react";

function SearchResults({ fetchResults, label }) {
  const [results, setResults] = useState([]);
  const [runs, setRuns] = useState(0);

  useEffect(() => {
    setResults(fetchResults());
    setRuns((r) => r + 1);
  }, [fetchResults]);

  return (
    <div className="results">
      <h4>
        {label} (effect ran {runs}×)
      </h4>
      <ul>
        {results.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
    </div>
  );
}

const BOOKS = ["Emma", "Middlemarch", "Persuasion", "Mansfield Park", "Silas Marner"];

export default function App() {
  const [query, setQuery] = useState("M");
  const [counter, setCounter] = useState(0);

  const memoizedFetch = useCallback(() => BOOKS.filter((b) => b.startsWith(query)), [query]);
  const inlineFetch = () => BOOKS.filter((b) => b.startsWith(query));

  return (
    <div>
      <select value={query} onChange={(e) => setQuery(e.target.value)}>
        <option value="M">M</option>
        <option value="E">E</option>
        <option value="P">P</option>
      </select>
      <button onClick={() => setCounter(counter + 1)}>Unrelated update ({counter})</button>
      <SearchResults label="useCallback" fetchResults={memoizedFetch} />
      <SearchResults label="inline function" fetchResults={inlineFetch} />
    </div>
  );
}

import { useMemo, useState } from "react";

const books = [
  { title: "The Dispossessed", author: "Ursula K. Le Guin", tags: ["sci-fi", "classic"] },
  { title: "Piranesi", author: "Susanna Clarke", tags: ["fantasy"] },
  { title: "Exhalation", author: "Ted Chiang", tags: ["sci-fi", "stories"] },
  { title: "The Remains of the Day", author: "Kazuo Ishiguro", tags: ["literary", "classic"] },
  { title: "Dune", author: "Frank Herbert", tags: ["sci-fi"] },
  { title: "The Dx Handbook", author: "A. Nonymous", tags: ["reference"] },
];

export default function App() {
  const [query, setQuery] = useState("");
  const [tag, setTag] = useState("");

  const q = query.trim().toLowerCase();
  const results = useMemo(
    () =>
      books.filter((b) => {
        const matchesText = !q || b.title.toLowerCase().includes(q) || b.author.toLowerCase().includes(q);
        const matchesTag = tag === "" || b.tags.includes(tag);
        return matchesText && matchesTag;
      }),
    [q, tag]
  );
  const allTags = useMemo(() => [...new Set(books.flatMap((b) => b.tags))], []);

  return (
    <div>
      <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Search books" />
      <select value={tag} onChange={(e) => setTag(e.target.value)}>
        <option value="">Any tag</option>
        {allTags.map((t) => (
          <option key={t} value={t}>
            {t}
          </option>
        ))}
      </select>
      <button onClick={() => { setQuery(""); setTag(""); }}>Reset</button>
      <p>
        {results.length} of {books.length} books
        {q && ` matching “${query.trim()}”`}
      </p>
      <ul>
        {results.map((b) => (
          <li key={b.title}>
            <i>{b.title}</i> by {b.author} <small>[{b.tags.join(", ")}]</small>
          </li>
        ))}
      </ul>
      {results.length === 0 && <p>No books found.</p>}
    </div>
  );
}

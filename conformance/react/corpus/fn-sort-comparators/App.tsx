import { useState } from "react";

interface Book {
  title: string;
  author: string;
  year: number;
  pages: number;
}

type Comparator = (a: Book, b: Book) => number;

const books: Book[] = [
  { title: "Dune", author: "Herbert", year: 1965, pages: 412 },
  { title: "Beloved", author: "Morrison", year: 1987, pages: 324 },
  { title: "Neuromancer", author: "Gibson", year: 1984, pages: 271 },
  { title: "Kindred", author: "Butler", year: 1979, pages: 264 },
];

const byString = (key: "title" | "author"): Comparator => (a, b) => a[key].localeCompare(b[key]);
const byNumber = (key: "year" | "pages"): Comparator => (a, b) => a[key] - b[key];
const reversed = (cmp: Comparator): Comparator => (a, b) => cmp(b, a);

const comparators: Record<keyof Book, Comparator> = {
  title: byString("title"),
  author: byString("author"),
  year: byNumber("year"),
  pages: byNumber("pages"),
};

export default function App() {
  const [sortKey, setSortKey] = useState<keyof Book>("title");
  const [desc, setDesc] = useState(false);

  const cmp = desc ? reversed(comparators[sortKey]) : comparators[sortKey];
  const rows = books.slice().sort(cmp);

  return (
    <div>
      <select value={sortKey} onChange={(e) => setSortKey(e.target.value as keyof Book)}>
        {Object.keys(comparators).map((k) => (
          <option key={k} value={k}>
            Sort by {k}
          </option>
        ))}
      </select>
      <button onClick={() => setDesc((d) => !d)}>{desc ? "Descending" : "Ascending"}</button>
      <table>
        <tbody>
          {rows.map((b) => (
            <tr key={b.title}>
              <td>{b.title}</td>
              <td>{b.author}</td>
              <td>{b.year}</td>
              <td>{b.pages}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

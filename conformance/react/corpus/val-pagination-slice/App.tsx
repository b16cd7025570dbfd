import { useState } from "react";

type Row = { id: number; label: string };

const rows: Row[] = Array.from({ length: 23 }, (_, i) => ({ id: i + 1, label: `Invoice #${1000 + i * 7}` }));

export default function App() {
  const [page, setPage] = useState(1);
  const [perPage, setPerPage] = useState(5);

  const pageCount = Math.ceil(rows.length / perPage);
  const startIndex = (page - 1) * perPage;
  const visible = rows.slice(startIndex, startIndex + perPage);
  const pages = Array.from({ length: pageCount }, (_, i) => i + 1);

  function changePerPage(value: string) {
    setPerPage(Number(value));
    setPage(1);
  }

  return (
    <div>
      <ul>
        {visible.map((row) => (
          <li key={row.id}>{row.label}</li>
        ))}
      </ul>
      <nav>
        <button onClick={() => setPage((p) => p - 1)} disabled={page === 1}>
          ‹ Prev
        </button>
        {pages.map((p) => (
          <button key={p} onClick={() => setPage(p)} aria-current={p === page ? "page" : undefined}>
            {p}
          </button>
        ))}
        <button onClick={() => setPage((p) => p + 1)} disabled={page === pageCount}>
          Next ›
        </button>
      </nav>
      <select value={perPage} onChange={(e) => changePerPage(e.target.value)}>
        {[5, 10, 25].map((n) => (
          <option key={n} value={n}>
            {n} per page
          </option>
        ))}
      </select>
      <p>
        Showing {startIndex + 1}–{Math.min(startIndex + perPage, rows.length)} of {rows.length}
      </p>
    </div>
  );
}

import { useMemo, useState } from "react";

interface Stock {
  ticker: string;
  price: number;
  change: number;
}

const data: Stock[] = [
  { ticker: "ACME", price: 120.5, change: 1.2 },
  { ticker: "GLOBX", price: 88.1, change: -0.8 },
  { ticker: "INIT", price: 301.0, change: 3.4 },
  { ticker: "UMBR", price: 12.75, change: -2.1 },
];

type SortKey = keyof Stock;

export default function App() {
  const [sortKey, setSortKey] = useState<SortKey>("ticker");
  const [ascending, setAscending] = useState(true);
  const [onlyGainers, setOnlyGainers] = useState(false);

  const rows = useMemo<Stock[]>(() => {
    const filtered = onlyGainers ? data.filter((s) => s.change > 0) : data;
    return [...filtered].sort((a, b) => {
      const x = a[sortKey];
      const y = b[sortKey];
      const cmp = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
      return ascending ? cmp : -cmp;
    });
  }, [sortKey, ascending, onlyGainers]);

  const headerClick = (key: SortKey) => {
    if (key === sortKey) setAscending(!ascending);
    else {
      setSortKey(key);
      setAscending(true);
    }
  };

  return (
    <div>
      <label>
        <input type="checkbox" checked={onlyGainers} onChange={() => setOnlyGainers(!onlyGainers)} /> Gainers only
      </label>
      <table>
        <thead>
          <tr>
            {(["ticker", "price", "change"] as SortKey[]).map((k) => (
              <th key={k}>
                <button onClick={() => headerClick(k)}>
                  {k}
                  {k === sortKey ? (ascending ? " ↑" : " ↓") : ""}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.ticker}>
              <td>{s.ticker}</td>
              <td>{s.price.toFixed(2)}</td>
              <td style={{ color: s.change < 0 ? "crimson" : "seagreen" }}>{s.change > 0 ? `+${s.change}` : s.change}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

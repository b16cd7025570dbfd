import { useState } from "react";

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const readings = [18.5, 21.2, 19.8, 23.1];
const extra = [16.4, 25.9, 20.0, 22.7];

export default function App() {
  const [temps, setTemps] = useState<number[]>(readings);

  const hasData = temps.length > 0;
  const min = hasData ? Math.min(...temps) : null;
  const max = hasData ? Math.max(...temps) : null;
  const mean = hasData ? temps.reduce((a, b) => a + b, 0) / temps.length : null;
  const med = median(temps);

  const fmt = (n: number | null) => (n === null ? "—" : `${n.toFixed(1)}°C`);

  return (
    <div>
      <button onClick={() => setTemps([...temps, extra[temps.length % extra.length]])}>Add reading</button>
      <button onClick={() => setTemps(temps.slice(1))}>Drop oldest</button>
      <button onClick={() => setTemps([])}>Clear</button>
      <p>Readings: {hasData ? temps.map((t) => t.toFixed(1)).join(" · ") : "none"}</p>
      <table>
        <tbody>
          <tr>
            <th>Min</th>
            <td>{fmt(min)}</td>
          </tr>
          <tr>
            <th>Max</th>
            <td>{fmt(max)}</td>
          </tr>
          <tr>
            <th>Mean</th>
            <td>{fmt(mean)}</td>
          </tr>
          <tr>
            <th>Median</th>
            <td>{fmt(med)}</td>
          </tr>
        </tbody>
      </table>
      {max !== null && min !== null && max - min > 5 && <p>Large swing of {(max - min).toFixed(1)} degrees</p>}
    </div>
  );
}

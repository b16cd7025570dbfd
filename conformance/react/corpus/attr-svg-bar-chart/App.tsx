import { useState } from "react";

type Datum = { label: string; value: number };

const initial: Datum[] = [
  { label: "Mon", value: 4 },
  { label: "Tue", value: 7 },
  { label: "Wed", value: 3 },
  { label: "Thu", value: 9 },
];

export default function App() {
  const [data, setData] = useState<Datum[]>(initial);
  const [showValues, setShowValues] = useState(true);
  const max = Math.max(...data.map((d) => d.value), 1);
  const barWidth = 30;
  const height = 100;

  return (
    <div>
      <svg width={data.length * (barWidth + 10)} height={height + 20} viewBox={`0 0 ${data.length * (barWidth + 10)} ${height + 20}`}>
        {data.map((d, i) => {
          const h = (d.value / max) * height;
          return (
            <g key={d.label} transform={`translate(${i * (barWidth + 10)}, 0)`}>
              <rect y={height - h} width={barWidth} height={h} rx={3} fill={d.value === max ? "#f59e0b" : "#60a5fa"} fillOpacity={0.9} />
              {showValues && (
                <text x={barWidth / 2} y={height - h - 4} textAnchor="middle" fontSize={10}>
                  {d.value}
                </text>
              )}
              <text x={barWidth / 2} y={height + 14} textAnchor="middle" fontSize={10}>
                {d.label}
              </text>
            </g>
          );
        })}
      </svg>
      {data.map((d) => (
        <button key={d.label} onClick={() => setData(data.map((x) => (x.label === d.label ? { ...x, value: x.value + 2 } : x)))}>
          {d.label} +2
        </button>
      ))}
      <label>
        <input type="checkbox" checked={showValues} onChange={() => setShowValues(!showValues)} /> Values
      </label>
    </div>
  );
}

import { useState } from "react";

const themes = [
  { name: "Ocean", colors: { primary: "#0369a1", accent: "#38bdf8" } },
  { name: "Plain" },
  { name: "Forest", colors: { primary: "#166534" } },
];

function OptionList({ options, onPick, onHover }) {
  return (
    <ul>
      {options.map((opt, i) => (
        <li key={opt.name} onMouseEnter={() => onHover?.(opt)}>
          <button onClick={() => onPick?.(opt, i)}>{opt.name}</button>
        </li>
      ))}
    </ul>
  );
}

export default function App() {
  const [theme, setTheme] = useState(null);
  const [log, setLog] = useState([]);

  const primary = theme?.colors?.primary ?? "gray";
  const accent = theme?.colors?.accent ?? primary;

  return (
    <div>
      <OptionList
        options={themes}
        onPick={(t, i) => {
          setTheme(t);
          setLog((l) => [...l, `${i}:${t.name}`]);
        }}
      />
      <OptionList options={themes.slice(0, 1)} />
      <div style={{ borderLeft: `4px solid ${primary}`, color: accent }}>
        <p>Theme: {theme?.name ?? "none chosen"}</p>
        <p>
          Primary {primary}, accent {accent}
        </p>
        <p>First letter: {theme?.name?.[0] ?? "?"}</p>
      </div>
      <p>Picks: {log.at(-1)?.toUpperCase() ?? "—"} (total {log.length})</p>
    </div>
  );
}

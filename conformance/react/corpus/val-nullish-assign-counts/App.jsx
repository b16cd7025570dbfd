import { useState } from "react";

const votes = ["tabs", "spaces", "tabs", "spaces", "spaces", "both"];

function tally(list) {
  const counts = {};
  for (const v of list) {
    counts[v] ??= 0;
    counts[v] += 1;
  }
  return counts;
}

export default function App() {
  const [ballots, setBallots] = useState(votes);
  const [options, setOptions] = useState({ showZero: false, label: "" });

  const counts = tally(ballots);
  const choices = ["tabs", "spaces", "both", "neither"];
  const shown = options.showZero ? choices : choices.filter((c) => counts[c]);

  function updateOptions() {
    const next = { ...options };
    next.label ||= "Indentation poll";
    next.showZero = !next.showZero;
    setOptions(next);
  }

  return (
    <div>
      <h3>{options.label || "(untitled poll)"}</h3>
      {choices.map((c) => (
        <button key={c} onClick={() => setBallots([...ballots, c])}>
          Vote {c}
        </button>
      ))}
      <button onClick={updateOptions}>{options.showZero ? "Hide empty" : "Show empty"}</button>
      <ul>
        {shown.map((c) => (
          <li key={c}>
            {c}: {counts[c] ?? 0}
          </li>
        ))}
      </ul>
      <p>{ballots.length} ballots</p>
    </div>
  );
}

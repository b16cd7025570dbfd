import { useState } from "react";

function Podium({ ranking }) {
  const [gold = "TBD", silver = "TBD", bronze = "TBD", ...others] = ranking;
  return (
    <div>
      <p>🥇 {gold}</p>
      <p>🥈 {silver}</p>
      <p>🥉 {bronze}</p>
      {others.length > 0 && <p>Also ran: {others.join(", ")}</p>}
    </div>
  );
}

const runners = ["Amara", "Bo", "Chidi", "Dmitri", "Esme"];

export default function App() {
  const [finished, setFinished] = useState([]);
  const remaining = runners.filter((r) => !finished.includes(r));
  const [nextUp] = remaining;

  function swapTopTwo() {
    const [a, b, ...rest] = finished;
    if (b === undefined) return;
    setFinished([b, a, ...rest]);
  }

  return (
    <div>
      <button onClick={() => setFinished([...finished, nextUp])} disabled={!nextUp}>
        {nextUp ? `${nextUp} crosses the line` : "Race over"}
      </button>
      <button onClick={swapTopTwo}>Photo finish: swap top two</button>
      <button onClick={() => setFinished([])}>Restart</button>
      <Podium ranking={finished} />
    </div>
  );
}

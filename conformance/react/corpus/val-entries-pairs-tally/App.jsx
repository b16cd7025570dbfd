import { useState } from "react";

const VOTES = [
  { voter: "Ana", pick: "tea" },
  { voter: "Ben", pick: "coffee" },
  { voter: "Cy", pick: "tea" },
];

// Pairs built in a callback (`[key, value]` of different types) feed `Object.fromEntries`.
export default function App() {
  const [votes, setVotes] = useState(VOTES);
  const options = [...new Set(votes.map((v) => v.pick))];
  const tally = Object.fromEntries(options.map((o) => [o, votes.filter((v) => v.pick === o).length]));
  const byVoter = Object.fromEntries(votes.map((v) => [v.voter, v]));
  const [leader, most] = Object.entries(tally).reduce((best, e) => (e[1] > best[1] ? e : best), ["none", 0]);

  return (
    <div>
      <ul>
        {options.map((o) => (
          <li key={o}>
            {o}: {tally[o]}
          </li>
        ))}
      </ul>
      <p>
        Leader: {leader} ({most}); Ben picked {byVoter.Ben ? byVoter.Ben.pick : "nothing"}
      </p>
      <button onClick={() => setVotes([...votes, { voter: "Dee", pick: "juice" }])}>Dee votes juice</button>
      <button onClick={() => setVotes(votes.map((v) => (v.voter === "Ben" ? { ...v, pick: "tea" } : v)))}>
        Ben switches
      </button>
    </div>
  );
}

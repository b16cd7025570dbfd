import { useState } from "react";

type Player = { id: number; name: string; score: number; online: boolean };

export default function App() {
  const [players, setPlayers] = useState<Player[]>([
    { id: 1, name: "Kim", score: 12, online: true },
    { id: 2, name: "Lou", score: 0, online: false },
    { id: 3, name: "Max", score: 30, online: true },
  ]);
  const [expanded, setExpanded] = useState(-1);
  const [sortDesc, setSortDesc] = useState(false);

  const shown = sortDesc ? [...players].reverse() : players;

  function bump(id: number) {
    setPlayers(players.map((p) => (p.id === id ? { ...p, score: p.score + 10 } : p)));
  }

  function flip(id: number) {
    setPlayers(players.map((p) => (p.id === id ? { ...p, online: !p.online } : p)));
  }

  return (
    <section>
      <button className="sort" onClick={() => setSortDesc(!sortDesc)}>
        {sortDesc ? "Oldest first" : "Newest first"}
      </button>
      <table>
        <tbody>
          {shown.map((p) => (
            <tr key={p.id}>
              <td>
                {p.online ? (
                  <b>
                    {p.name}
                    {p.score >= 30 ? <i> (leader)</i> : p.score === 0 ? <i> (new)</i> : null}
                  </b>
                ) : (
                  <span className="away">{p.name} (away)</span>
                )}
              </td>
              <td>{p.score}</td>
              <td>
                <button className="bump" onClick={() => bump(p.id)}>+10</button>
                <button className="flip" onClick={() => flip(p.id)}>
                  {p.online ? "Go away" : "Come back"}
                </button>
                <button className="more" onClick={() => setExpanded(expanded === p.id ? -1 : p.id)}>
                  {expanded === p.id ? "Less" : "More"}
                </button>
              </td>
              {expanded === p.id && <td className="detail">Player #{p.id}: {p.score} points</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

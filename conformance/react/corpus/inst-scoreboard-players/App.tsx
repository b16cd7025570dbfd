import { useState } from "react";

type Player = { id: number; name: string };

function PlayerRow({ player, rank, onRemove }: { player: Player; rank: number; onRemove: () => void }) {
  const [points, setPoints] = useState<number>(0);
  const [fouls, setFouls] = useState<number>(0);
  const out = fouls >= 2;

  return (
    <tr className={out ? "fouled-out" : undefined}>
      <td>{rank}</td>
      <td>{player.name}</td>
      <td>{points}</td>
      <td>{fouls}</td>
      <td>
        <button onClick={() => setPoints((p) => p + 2)} disabled={out}>
          +2
        </button>
        <button onClick={() => setFouls((f) => f + 1)} disabled={out}>
          Foul
        </button>
        <button onClick={onRemove}>Bench</button>
      </td>
    </tr>
  );
}

const roster: Player[] = [
  { id: 7, name: "Okoye" },
  { id: 11, name: "Lindqvist" },
  { id: 23, name: "Moreau" },
];

export default function App() {
  const [players, setPlayers] = useState<Player[]>(roster);
  return (
    <div>
      <table>
        <tbody>
          {players.map((p, i) => (
            <PlayerRow key={p.id} player={p} rank={i + 1} onRemove={() => setPlayers(players.filter((x) => x !== p))} />
          ))}
        </tbody>
      </table>
      <button onClick={() => setPlayers(roster)}>Full roster</button>
    </div>
  );
}

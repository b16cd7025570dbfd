import { useState } from "react";

const players = [
  { id: 1, name: "Ada", stats: { wins: 3, losses: 1 }, team: { name: "Red" } },
  { id: 2, name: "Linus", stats: { wins: 1, losses: 4 } },
  { id: 3, name: "Grace", stats: { wins: 5, losses: 0 }, team: { name: "Blue" } },
];

function Score(props) {
  const { label, wins, losses = 0 } = props;
  return (
    <span>
      {label}: {wins}-{losses}
    </span>
  );
}

function Badge({ player: { name, stats: { wins } }, suffix = "" }) {
  return <b>{name + suffix} ({wins})</b>;
}

export default function App() {
  const [pickedId, setPickedId] = useState(0);
  const [log, setLog] = useState([]);
  const picked = players.find((p) => p.id === pickedId);
  const [first, ...others] = players;

  function pick({ id, name }) {
    const [head] = log;
    setPickedId(id);
    setLog([name, ...log].slice(0, 3));
    if (head === name) setLog([name]);
  }

  return (
    <div>
      {players.map(({ id, name, stats: { wins, losses } }) => (
        <button key={id} onClick={() => pick({ id, name })}>
          {name} <Score label="record" wins={wins} losses={losses} />
        </button>
      ))}
      <p id="picked">{picked?.name ?? "nobody"} / {picked?.team?.name ?? "no team"}</p>
      <p id="first">
        <Badge player={first} suffix="!" /> and {others.length} others
      </p>
      <p id="log">{log.join(", ")}</p>
    </div>
  );
}

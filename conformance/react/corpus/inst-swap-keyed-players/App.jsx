import { useState } from "react";

function PlayerCard({ name }) {
  const [score, setScore] = useState(0);
  return (
    <div className="player">
      <b>{name}</b>: {score}
      <button onClick={() => setScore(score + 10)}>+10 for {name}</button>
    </div>
  );
}

export default function App() {
  const [isPlayerA, setIsPlayerA] = useState(true);
  const [useKeys, setUseKeys] = useState(true);

  return (
    <div>
      {useKeys ? (
        isPlayerA ? <PlayerCard key="Taylor" name="Taylor" /> : <PlayerCard key="Sarah" name="Sarah" />
      ) : isPlayerA ? (
        <PlayerCard name="Taylor" />
      ) : (
        <PlayerCard name="Sarah" />
      )}
      <button onClick={() => setIsPlayerA(!isPlayerA)}>Next player!</button>
      <label>
        <input type="checkbox" checked={useKeys} onChange={(e) => setUseKeys(e.target.checked)} />
        Give each player a key
      </label>
    </div>
  );
}

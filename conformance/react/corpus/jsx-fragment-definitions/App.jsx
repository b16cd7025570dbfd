import { useState } from "react";

function Stats({ wins, losses }) {
  const total = wins + losses;
  return (
    <>
      <dt>Wins</dt>
      <dd>{wins}</dd>
      <dt>Losses</dt>
      <dd>{losses}</dd>
      {total > 0 && (
        <>
          <dt>Win rate</dt>
          <dd>{Math.round((wins / total) * 100)}%</dd>
        </>
      )}
    </>
  );
}

function Columns() {
  return (
    <>
      <td>Team</td>
      <td>Record</td>
    </>
  );
}

export default function App() {
  const [wins, setWins] = useState(0);
  const [losses, setLosses] = useState(0);

  return (
    <>
      <button onClick={() => setWins(wins + 1)}>Win</button>
      <button onClick={() => setLosses(losses + 1)}>Loss</button>
      <dl>
        <Stats wins={wins} losses={losses} />
      </dl>
      <table>
        <tbody>
          <tr>
            <Columns />
          </tr>
        </tbody>
      </table>
    </>
  );
}

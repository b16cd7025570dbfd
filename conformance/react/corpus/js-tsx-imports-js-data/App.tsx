import { useState } from "react";
import { employees, teams } from "./data.js";

type Employee = (typeof employees)[number];

function Badge({ person }: { person: Employee }) {
  return (
    <span className="badge">
      {person.name}
      {person.remote ? " 🏠" : ""}
    </span>
  );
}

export default function App() {
  const [team, setTeam] = useState<string>("all");
  const [remoteOnly, setRemoteOnly] = useState(false);

  const visible = employees.filter(
    (e: Employee) => (team === "all" || e.team === team) && (!remoteOnly || e.remote)
  );

  return (
    <div>
      <select value={team} onChange={(e) => setTeam(e.target.value)}>
        <option value="all">All teams</option>
        {teams.map((t: string) => (
          <option key={t} value={t}>
            {t}
          </option>
        ))}
      </select>
      <label>
        <input type="checkbox" checked={remoteOnly} onChange={(e) => setRemoteOnly(e.target.checked)} /> Remote only
      </label>
      <ul>
        {visible.map((e: Employee) => (
          <li key={e.id}>
            <Badge person={e} /> <small>{e.team}</small>
          </li>
        ))}
      </ul>
      <p>{visible.length === 0 ? "Nobody matches" : `${visible.length} people`}</p>
    </div>
  );
}

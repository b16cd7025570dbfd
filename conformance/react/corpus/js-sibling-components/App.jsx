import { useState } from "react";
import Badge from "./Badge.jsx";
import { Button, IconButton } from "./Button.jsx";

const services = [
  { id: "api", name: "API", up: true },
  { id: "db", name: "Database", up: true },
  { id: "mail", name: "Mailer", up: false },
];

export default function App() {
  const [list, setList] = useState(services);
  const down = list.filter((s) => !s.up).length;

  const flip = (id) => setList(list.map((s) => (s.id === id ? { ...s, up: !s.up } : s)));

  return (
    <div>
      <h3>
        Status <Badge tone={down ? "bad" : "good"}>{down ? `${down} down` : "all good"}</Badge>
      </h3>
      <ul>
        {list.map((s) => (
          <li key={s.id}>
            {s.name} <Badge tone={s.up ? "good" : "bad"}>{s.up ? "up" : "down"}</Badge>
            <IconButton icon={s.up ? "⏸" : "▶"} label={`Toggle ${s.name}`} onClick={() => flip(s.id)} />
          </li>
        ))}
      </ul>
      <Button variant="secondary" onClick={() => setList(list.map((s) => ({ ...s, up: true })))} disabled={!down}>
        Restart all
      </Button>
    </div>
  );
}

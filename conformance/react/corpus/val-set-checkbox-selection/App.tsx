import { useState } from "react";

type Email = { id: number; from: string; subject: string };

const inbox: Email[] = [
  { id: 101, from: "Ravi", subject: "Lunch on Friday?" },
  { id: 102, from: "Billing", subject: "Your invoice is ready" },
  { id: 103, from: "Mira", subject: "Slides for the demo" },
  { id: 104, from: "Newsletter", subject: "Five tips for spring" },
];

export default function App() {
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [archived, setArchived] = useState<number[]>([]);

  const visible = inbox.filter((m) => !archived.includes(m.id));
  const allChecked = visible.length > 0 && visible.every((m) => selected.has(m.id));
  const someChecked = visible.some((m) => selected.has(m.id));

  function toggle(id: number) {
    const next = new Set(selected);
    next.has(id) ? next.delete(id) : next.add(id);
    setSelected(next);
  }

  function toggleAll() {
    setSelected(allChecked ? new Set() : new Set(visible.map((m) => m.id)));
  }

  function archive() {
    setArchived([...archived, ...selected]);
    setSelected(new Set());
  }

  return (
    <div>
      <button onClick={archive} disabled={!someChecked}>
        Archive {someChecked ? selected.size : ""}
      </button>
      <button onClick={toggleAll}>{allChecked ? "Select none" : "Select all"}</button>
      <ul>
        {visible.map((m) => (
          <li key={m.id}>
            <label>
              <input type="checkbox" checked={selected.has(m.id)} onChange={() => toggle(m.id)} />
              <b>{m.from}</b> — {m.subject}
            </label>
          </li>
        ))}
      </ul>
      <p>{visible.length ? `${visible.length} in inbox` : "Inbox zero 🎉"}</p>
    </div>
  );
}

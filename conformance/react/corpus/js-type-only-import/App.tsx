import { useState } from "react";
import type { Priority, Ticket } from "./types";
import { PRIORITY_ORDER } from "./types";
import { tickets as initialTickets } from "./tickets";

const next: Record<Priority, Priority> = { low: "medium", medium: "high", high: "low" };

function TicketRow({ ticket, onBump }: { ticket: Ticket; onBump: (id: number) => void }) {
  return (
    <li>
      <span className={`prio prio-${ticket.priority}`}>{ticket.priority}</span> #{ticket.id} {ticket.title}
      {ticket.assignee ? <em> @{ticket.assignee}</em> : <em> unassigned</em>}
      <button onClick={() => onBump(ticket.id)}>Change priority</button>
    </li>
  );
}

export default function App() {
  const [tickets, setTickets] = useState<Ticket[]>(initialTickets);
  const sorted = [...tickets].sort((a, b) => PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority] || a.id - b.id);

  const bump = (id: number) =>
    setTickets((ts) => ts.map((t) => (t.id === id ? { ...t, priority: next[t.priority] } : t)));

  return (
    <ul>
      {sorted.map((t) => (
        <TicketRow key={t.id} ticket={t} onBump={bump} />
      ))}
    </ul>
  );
}

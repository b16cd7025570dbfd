import { useState } from "react";

interface StepperProps {
  label: string;
  value: number;
  min?: number;
  max?: number;
  onChange: (next: number) => void;
}

function Stepper({ label, value, min = 0, max = 10, onChange }: StepperProps) {
  return (
    <div className="stepper">
      <span>{label}</span>
      <button onClick={() => onChange(Math.max(min, value - 1))} disabled={value <= min}>
        −
      </button>
      <output>{value}</output>
      <button onClick={() => onChange(Math.min(max, value + 1))} disabled={value >= max}>
        +
      </button>
    </div>
  );
}

type TicketKind = "adult" | "child" | "senior";

const PRICES: Record<TicketKind, number> = { adult: 14, child: 8, senior: 10 };

export default function App() {
  const [tickets, setTickets] = useState<Record<TicketKind, number>>({ adult: 1, child: 0, senior: 0 });

  const update = (kind: TicketKind) => (n: number) => setTickets({ ...tickets, [kind]: n });
  const total = (Object.keys(tickets) as TicketKind[]).reduce((sum, k) => sum + PRICES[k] * tickets[k], 0);

  return (
    <div>
      <Stepper label="Adults" value={tickets.adult} min={1} max={4} onChange={update("adult")} />
      <Stepper label="Children" value={tickets.child} max={3} onChange={update("child")} />
      <Stepper label="Seniors" value={tickets.senior} max={2} onChange={update("senior")} />
      <p>Total: €{total}</p>
    </div>
  );
}

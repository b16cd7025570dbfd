import { useCounter } from "./useCounter";

function Stepper({ label, unit, ...options }: { label: string; unit: string; min?: number; max?: number; step?: number }) {
  const { count, increment, decrement, atMin, atMax } = useCounter(options.min ?? 0, options);
  return (
    <div className="stepper">
      <span>{label}</span>
      <button onClick={decrement} disabled={atMin}>
        −
      </button>
      <output>
        {count} {unit}
      </output>
      <button onClick={increment} disabled={atMax}>
        +
      </button>
    </div>
  );
}

export default function App() {
  const guests = useCounter(2, { min: 1, max: 4 });

  return (
    <div>
      <Stepper label="Nights" unit="nights" min={1} max={14} />
      <Stepper label="Rooms" unit="rooms" min={1} max={3} />
      <Stepper label="Budget" unit="€" min={50} max={300} step={50} />
      <p>
        Guests: {guests.count} <button onClick={guests.increment}>Add guest</button>
        <button onClick={guests.reset}>Reset</button>
      </p>
      {guests.atMax && <p>That is the maximum for one booking.</p>}
    </div>
  );
}

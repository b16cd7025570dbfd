import { useState } from "react";

type CounterProps = { label: string; start: number };

function Counter({ label, start }: CounterProps) {
  const [value, setValue] = useState(start);
  return (
    <li>
      {label}: <output>{value}</output>
      <button onClick={() => setValue((v) => v + 1)}>+</button>
      <button onClick={() => setValue((v) => v - 1)}>−</button>
    </li>
  );
}

const fields: CounterProps[] = [
  { label: "Adults", start: 2 },
  { label: "Children", start: 0 },
  { label: "Rooms", start: 1 },
];

export default function App() {
  const [version, setVersion] = useState(0);
  const [resetLog, setResetLog] = useState<number[]>([]);

  const resetAll = () => {
    setVersion((v) => v + 1);
    setResetLog((log) => [...log, log.length + 1]);
  };

  return (
    <div>
      <ul key={version}>
        {fields.map((f) => (
          <Counter key={f.label} {...f} />
        ))}
      </ul>
      <button onClick={resetAll}>Reset all</button>
      {resetLog.length > 0 && <p>Reset {resetLog.length} time(s)</p>}
    </div>
  );
}

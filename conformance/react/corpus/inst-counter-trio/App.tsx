import { useState } from "react";

type CounterProps = {
  label: string;
  step?: number;
};

function Counter({ label, step = 1 }: CounterProps) {
  const [count, setCount] = useState<number>(0);
  return (
    <div className="counter">
      <span className="counter-label">{label}</span>
      <button onClick={() => setCount(count - step)}>-{step}</button>
      <strong>{count}</strong>
      <button onClick={() => setCount(count + step)}>+{step}</button>
    </div>
  );
}

export default function App() {
  return (
    <main>
      <h1>Three independent counters</h1>
      <Counter label="Apples" />
      <Counter label="Pears" step={2} />
      <Counter label="Plums" step={5} />
    </main>
  );
}

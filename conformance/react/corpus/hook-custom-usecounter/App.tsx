import { useState } from "react";

interface CounterOptions {
  min?: number;
  max?: number;
  step?: number;
}

function useCounter(initial: number, { min = -Infinity, max = Infinity, step = 1 }: CounterOptions = {}) {
  const [count, setCount] = useState<number>(initial);
  const clamp = (n: number) => Math.min(max, Math.max(min, n));
  return {
    count,
    increment: () => setCount((c) => clamp(c + step)),
    decrement: () => setCount((c) => clamp(c - step)),
    reset: () => setCount(initial),
    atMin: count <= min,
    atMax: count >= max,
  };
}

export default function App() {
  const volume = useCounter(5, { min: 0, max: 10 });
  const temp = useCounter(20, { min: 16, max: 28, step: 2 });

  return (
    <div>
      <div>
        Volume {volume.count}
        <button onClick={volume.decrement} disabled={volume.atMin}>−</button>
        <button onClick={volume.increment} disabled={volume.atMax}>+</button>
        <button onClick={volume.reset}>reset</button>
      </div>
      <div>
        Thermostat {temp.count}°C
        <button onClick={temp.decrement} disabled={temp.atMin}>colder</button>
        <button onClick={temp.increment} disabled={temp.atMax}>warmer</button>
        {temp.atMax && <strong> max!</strong>}
      </div>
    </div>
  );
}

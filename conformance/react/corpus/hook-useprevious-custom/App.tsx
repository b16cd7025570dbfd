import { useEffect, useRef, useState } from "react";

function usePrevious<T>(value: T): T | undefined {
  const ref = useRef<T | undefined>(undefined);
  useEffect(() => {
    ref.current = value;
  }, [value]);
  return ref.current;
}

export default function App() {
  const [price, setPrice] = useState(100);
  const previous = usePrevious(price);
  const [tick, setTick] = useState(0);

  let trend = "—";
  if (previous !== undefined && previous !== price) trend = price > previous ? "▲ up" : "▼ down";

  return (
    <div>
      <h2>${price}</h2>
      <p>
        Previous: {previous === undefined ? "n/a" : `$${previous}`} · Trend: {trend}
      </p>
      <button onClick={() => setPrice((p) => p + 5)}>+5</button>
      <button onClick={() => setPrice((p) => p - 3)}>−3</button>
      <button onClick={() => setTick((t) => t + 1)}>Unrelated re-render ({tick})</button>
    </div>
  );
}

import { useState } from "react";

export interface CounterOptions {
  min?: number;
  max?: number;
  step?: number;
}

export function useCounter(initial = 0, { min = -Infinity, max = Infinity, step = 1 }: CounterOptions = {}) {
  const [count, setCount] = useState(initial);
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

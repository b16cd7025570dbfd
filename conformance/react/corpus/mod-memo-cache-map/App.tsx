import { useState } from "react";

const cache = new Map<number, number>();
let computations = 0;

function fib(n: number): number {
  if (n < 2) return n;
  const hit = cache.get(n);
  if (hit !== undefined) return hit;
  computations++;
  const value = fib(n - 1) + fib(n - 2);
  cache.set(n, value);
  return value;
}

const MAX_N = 70;

export default function App() {
  const [n, setN] = useState(10);
  const value = fib(n);

  return (
    <div>
      <button onClick={() => setN(Math.min(MAX_N, n + 10))} disabled={n === MAX_N}>
        n + 10
      </button>
      <button onClick={() => setN(Math.max(0, n - 5))}>n − 5</button>
      <p>
        fib({n}) = <code>{value}</code>
      </p>
      <p>{String(value).length} digits</p>
      <p>Cached entries: {cache.size}</p>
      <p>{computations > 0 ? "Results are memoised at module level" : "Nothing computed yet"}</p>
    </div>
  );
}

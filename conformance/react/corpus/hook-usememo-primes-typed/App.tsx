import { useMemo, useState } from "react";

function sieve(limit: number): number[] {
  const composite = new Array<boolean>(limit + 1).fill(false);
  const primes: number[] = [];
  for (let i = 2; i <= limit; i++) {
    if (composite[i]) continue;
    primes.push(i);
    for (let j = i * i; j <= limit; j += i) composite[j] = true;
  }
  return primes;
}

export default function App() {
  const [limit, setLimit] = useState<number>(50);
  const [highlight, setHighlight] = useState<"none" | "twin">("none");

  const primes = useMemo(() => sieve(limit), [limit]);
  const twins = useMemo(() => {
    const set = new Set<number>();
    primes.forEach((p, i) => {
      if (primes[i + 1] === p + 2) {
        set.add(p);
        set.add(p + 2);
      }
    });
    return set;
  }, [primes]);

  return (
    <div>
      <select value={String(limit)} onChange={(e) => setLimit(Number(e.target.value))}>
        {[20, 50, 100].map((n) => (
          <option key={n} value={n}>
            up to {n}
          </option>
        ))}
      </select>
      <label>
        <input type="checkbox" checked={highlight === "twin"} onChange={(e) => setHighlight(e.target.checked ? "twin" : "none")} />
        Highlight twin primes
      </label>
      <p>
        {primes.map((p) => (
          <span key={p} style={{ fontWeight: highlight === "twin" && twins.has(p) ? 700 : 400, marginRight: 4 }}>
            {p}
          </span>
        ))}
      </p>
      <small>
        {primes.length} primes, {twins.size} in twin pairs
      </small>
    </div>
  );
}

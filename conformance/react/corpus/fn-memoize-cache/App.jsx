import { useRef, useState } from "react";

function memoize(fn) {
  const cache = new Map();
  const wrapped = (n) => {
    if (cache.has(n)) {
      wrapped.hits += 1;
      return cache.get(n);
    }
    const value = fn(n);
    cache.set(n, value);
    return value;
  };
  wrapped.hits = 0;
  wrapped.size = () => cache.size;
  return wrapped;
}

function countPrimesUpTo(n) {
  let count = 0;
  for (let i = 2; i <= n; i++) {
    let prime = true;
    for (let j = 2; j * j <= i; j++) {
      if (i % j === 0) {
        prime = false;
        break;
      }
    }
    if (prime) count++;
  }
  return count;
}

export default function App() {
  const memoRef = useRef(null);
  if (memoRef.current === null) memoRef.current = memoize(countPrimesUpTo);
  const primes = memoRef.current;

  const [limit, setLimit] = useState(100);
  const [, forceRender] = useState(0);
  const result = primes(limit);

  return (
    <div>
      {[100, 1000, 5000].map((n) => (
        <button key={n} onClick={() => setLimit(n)}>
          π({n})
        </button>
      ))}
      <button onClick={() => forceRender((x) => x + 1)}>Re-render</button>
      <p>
        There are {result} primes ≤ {limit}.
      </p>
      <p>
        Cache entries: {primes.size()}, hits: {primes.hits}
      </p>
    </div>
  );
}

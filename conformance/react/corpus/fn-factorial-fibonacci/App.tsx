import { useState } from "react";

function factorial(n: number): number {
  return n <= 1 ? 1 : n * factorial(n - 1);
}

function fibonacci(n: number): number {
  if (n < 2) return n;
  return fibonacci(n - 1) + fibonacci(n - 2);
}

function fibSequence(n: number): number[] {
  return n === 0 ? [0] : [...fibSequence(n - 1), fibonacci(n)];
}

export default function App() {
  const [n, setN] = useState(5);
  return (
    <div>
      <button onClick={() => setN((v) => Math.max(0, v - 1))} disabled={n === 0}>
        n − 1
      </button>
      <span> n = {n} </span>
      <button onClick={() => setN((v) => Math.min(15, v + 1))} disabled={n === 15}>
        n + 1
      </button>
      <table>
        <tbody>
          <tr>
            <th>{n}!</th>
            <td>{factorial(n)}</td>
          </tr>
          <tr>
            <th>fib({n})</th>
            <td>{fibonacci(n)}</td>
          </tr>
        </tbody>
      </table>
      <p>{fibSequence(n).join(", ")}</p>
    </div>
  );
}

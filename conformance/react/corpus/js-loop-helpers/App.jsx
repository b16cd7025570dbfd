import { useState } from "react";
import { countLetters, fizzBuzz, primesUpTo } from "./sequences.js";

export default function App() {
  const [n, setN] = useState(15);
  const [word, setWord] = useState("banana");

  return (
    <div>
      <button onClick={() => setN(n + 5)}>n + 5</button>
      <button onClick={() => setN(Math.max(1, n - 5))}>n − 5</button>
      <h4>Primes up to {n}</h4>
      <p>{primesUpTo(n).join(" ")}</p>
      <h4>FizzBuzz</h4>
      <p>{fizzBuzz(n).join(", ")}</p>
      <input value={word} onChange={(e) => setWord(e.target.value)} />
      <ul>
        {countLetters(word)
          .slice(0, 5)
          .map(([letter, count]) => (
            <li key={letter}>
              {letter}: {"▮".repeat(count)} {count}
            </li>
          ))}
      </ul>
    </div>
  );
}

import { useState } from "react";

export default function App() {
  const [count, setCount] = useState(0);
  const [log, setLog] = useState([]);

  const withLogging = (name, handler) => (...args) => {
    setLog((l) => [...l.slice(-4), `${name}(${args.filter((a) => typeof a !== "object").join(", ")})`]);
    return handler(...args);
  };

  const once = (fn) => {
    let called = false;
    return (...args) => {
      if (called) return;
      called = true;
      fn(...args);
    };
  };

  const increment = withLogging("increment", () => setCount((c) => c + 1));
  const addMany = withLogging("add", (n) => setCount((c) => c + n));
  const resetOnce = once(withLogging("reset", () => setCount(0)));

  return (
    <div>
      <h2>Count: {count}</h2>
      <button onClick={increment}>+1</button>
      <button onClick={() => addMany(10)}>+10</button>
      <button onClick={() => { resetOnce(); resetOnce(); }}>Reset (logged once)</button>
      <ol>
        {log.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ol>
    </div>
  );
}

// A function of a .tsx component called while rendering reads live state: it was inlined with
// the handler-only snapshot reads and emit panicked ("no entry found for key").
import { useState } from "react";

export default function Counter() {
  const [count, setCount] = useState(0);
  function summary(): string {
    return "n=" + count;
  }
  return <button onClick={() => setCount(count + 1)}>{summary()}</button>;
}

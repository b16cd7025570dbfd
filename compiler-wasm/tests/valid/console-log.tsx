// Valid since functions, loops and built-ins landed (was an expected error in the diagnostics corpus).
// Logging from a click handler.
import { useState } from "react";

export default function Counter() {
  const [count, setCount] = useState(0);
  const increment = () => {
    console.log("clicked", count);
    setCount(count + 1);
  };
  return <button onClick={increment}>{count}</button>;
}

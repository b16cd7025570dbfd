// Function declarations are hoisted: a handler may call one declared after it (was DX0201, found by the diagnostics corpus).
import { useState } from "react";

export default function Counter() {
  const [count, setCount] = useState(0);
  function handleClick() {
    reset();
  }
  function reset() {
    setCount(0);
  }
  return <button onClick={handleClick}>{count}</button>;
}

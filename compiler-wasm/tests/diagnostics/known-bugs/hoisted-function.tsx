// expect: ok
// known bug: function declarations are hoisted in JS, but dx reports the later `reset` as DX0201 unknown identifier.
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

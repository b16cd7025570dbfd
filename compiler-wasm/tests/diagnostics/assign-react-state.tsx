// expect: DX0206 at 7:35
// Mutating React state directly instead of calling its setter.
import { useState } from "react";

export default function Counter() {
  const [count, setCount] = useState(0);
  return <button onClick={() => { count = count + 1; }}>{count}</button>;
}

// expect: DX0103 at 5:5
// A module-level mutable counter, shared by every render.
import { useState } from "react";

let clicks = 0;

export default function Clicker() {
  const [count, setCount] = useState(0);
  return <button onClick={() => setCount(count + 1)}>{count}</button>;
}

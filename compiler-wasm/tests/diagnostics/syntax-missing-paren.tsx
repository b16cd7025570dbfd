// expect: DX0001 at 6:39
// The call to useState is never closed.
import { useState } from "react";

export default function Counter() {
  const [count, setCount] = useState(0;
  return <p>{count}</p>;
}

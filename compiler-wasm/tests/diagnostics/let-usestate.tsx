// expect: DX0107 at 6:7
// State declared with `let`: React state is a `const` pair.
import { useState } from "react";

export default function Counter() {
  let [count, setCount] = useState(0);
  return <button onClick={() => setCount(count + 1)}>{count}</button>;
}

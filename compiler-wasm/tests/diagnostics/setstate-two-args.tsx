// expect: DX0205 at 7:33
// A class-component habit: setState with a completion callback.
import { useState } from "react";

export default function Counter() {
  const [count, setCount] = useState(0);
  return <button onClick={() => setCount(count + 1, () => {})}>{count}</button>;
}

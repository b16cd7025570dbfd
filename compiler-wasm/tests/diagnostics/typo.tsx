// expect: DX0201 at 7:26
// A typo in a state variable.
import { useState } from "react";

export default function Counter() {
  const [count, setCount] = useState(0);
  return <p>You clicked {coutn} times</p>;
}

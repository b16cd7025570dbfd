// expect: DX0107 at 6:9
// Keeping the [value, setter] pair in one variable.
import { useState } from "react";

export default function Counter() {
  const state = useState(0);
  return <p>{state[0]}</p>;
}

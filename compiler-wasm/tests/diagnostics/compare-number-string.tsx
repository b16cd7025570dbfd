// expect: DX0204 at 10:8
// Comparing a number with a string never matches without coercion.
import { useState } from "react";

export default function Stepper() {
  const [count, setCount] = useState(0);
  return (
    <div>
      <button onClick={() => setCount(count + 1)}>Next</button>
      {count === "3" && <p>Last step</p>}
    </div>
  );
}

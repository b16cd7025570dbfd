// State that starts `undefined` and that no setter ever sets: its type is never known, and
// it is stored as nothing but its nullish value (a fuzzing finding: this panicked in emit).
import { useState } from "react";

export default function Bar() {
  const [pct, setPct] = useState();
  const [picked, setPicked] = useState(null);
  return <button onClick={() => setPicked(null)}>reset</button>;
}

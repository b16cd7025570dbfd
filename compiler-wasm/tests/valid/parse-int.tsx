// Valid since functions, loops and built-ins landed (was an expected error in the diagnostics corpus).
// Converting the input's text to a number: only String(x) is built in so far.
import { useState } from "react";

export default function AgeField() {
  const [age, setAge] = useState(0);
  return <input value={age} onInput={(e) => setAge(parseInt(e.target.value))} />;
}

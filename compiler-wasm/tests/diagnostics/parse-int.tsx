// expect: DX0205 at 7:52
// Converting the input's text to a number: only String(x) is built in so far.
import { useState } from "react";

export default function AgeField() {
  const [age, setAge] = useState(0);
  return <input value={age} onInput={(e) => setAge(parseInt(e.target.value))} />;
}

// expect: DX0204 at 7:47
// Storing the input's string in number state.
import { useState } from "react";

export default function AgeField() {
  const [age, setAge] = useState(0);
  return <input type="number" onInput={(e) => setAge(e.target.value)} />;
}

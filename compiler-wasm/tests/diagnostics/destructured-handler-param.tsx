// expect: DX0207 at 8:42
// Destructuring the event in the parameter list: `target` is read as a field of the event,
// which dx does not model (handlers read `e.target.value`).
import { useState } from "react";

export default function Name() {
  const [name, setName] = useState("");
  return <input value={name} onInput={({ target }) => setName(target.value)} />;
}

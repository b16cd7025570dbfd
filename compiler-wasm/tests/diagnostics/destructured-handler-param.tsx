// expect: DX0401 at 7:40
// Destructuring the event in the handler's parameter list.
import { useState } from "react";

export default function Name() {
  const [name, setName] = useState("");
  return <input value={name} onInput={({ target }) => setName(target.value)} />;
}

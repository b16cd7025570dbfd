// expect: DX0302 at 6:17
// `bind:` is .dx syntax; React components write value + onInput.
import { useState } from "react";
export default function Name() {
  const [name, setName] = useState("");
  return <input bind:value={name} />;
}

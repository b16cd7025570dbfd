// expect: DX0110 at 6:27
// useState() without an initial value starts as undefined.
import { useState } from "react";

export default function NameField() {
  const [name, setName] = useState();
  return <input value={name} onInput={(e) => setName(e.target.value)} />;
}

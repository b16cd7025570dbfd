// expect: DX0207 at 7:55
// `e.currentTarget` under delegation is the container, not the element whose handler runs.
import { useState } from "react";

export default function Form() {
  const [field, setField] = useState("");
  return <input name="email" onInput={(e) => setField(e.currentTarget.name)} />;
}

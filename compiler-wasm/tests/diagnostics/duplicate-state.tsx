// expect: DX0114 at 7:10
// Copy-pasted state: `value` is declared twice.
import { useState } from "react";

export default function Form() {
  const [value, setValue] = useState("");
  const [value, setValue] = useState(0);
  return <input value={value} />;
}

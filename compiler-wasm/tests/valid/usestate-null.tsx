// Nullable state for "nothing selected yet": `string | null`, stored as a string with the
// null reference for nullish (docs/values.md).
import { useState } from "react";

export default function Picker() {
  const [selected, setSelected] = useState<string | null>(null);
  return <button onClick={() => setSelected("a")}>Pick</button>;
}

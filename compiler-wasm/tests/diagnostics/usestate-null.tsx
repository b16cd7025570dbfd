// expect: DX0110 at 6:59
// Nullable state for "nothing selected yet".
import { useState } from "react";

export default function Picker() {
  const [selected, setSelected] = useState<string | null>(null);
  return <button onClick={() => setSelected("a")}>Pick</button>;
}

// expect: DX0202 at 9:38
// dx keeps `null` and `undefined` apart by type; a value that is set to both is refused.
import { useState } from "react";
export default function App() {
  const [name, setName] = useState<string | null>(null);
  return (
    <div>
      <button onClick={() => setName("a")}>{name ?? "none"}</button>
      <button onClick={() => setName(undefined)}>clear</button>
    </div>
  );
}

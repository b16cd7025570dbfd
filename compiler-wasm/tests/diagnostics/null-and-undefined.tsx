// expect: DX0209 at 5:36
// dx keeps `null` and `undefined` apart by type; a value that can be both is refused.
import { useState } from "react";
export default function App() {
  const [name, setName] = useState<string | null | undefined>(null);
  return <button onClick={() => setName("a")}>{name ?? "none"}</button>;
}

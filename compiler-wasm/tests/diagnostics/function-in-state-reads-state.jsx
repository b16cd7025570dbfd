// expect: DX0202 at 9:11
// A function kept in state reads state: React reads the values of the render that made it.
import { useState } from "react";
export default function App() {
  const [factor, setFactor] = useState(2);
  const [scale, setScale] = useState(() => (x) => x);
  return (
    <div>
      <p>{scale(10)}</p>
      <button onClick={() => setScale(() => (x) => x * factor)}>use factor</button>
      <button onClick={() => setFactor(factor + 1)}>factor + 1</button>
    </div>
  );
}

// expect: DX0209 at 9:71
// The setter writes the keys in another order than the initial value: React then lists
// `y,x`; dx keeps one key order per shape, so showing the order is refused.
import { useState } from "react";

export default function App() {
  const [p, setP] = useState({ x: 1, y: 2 });
  return (
    <button onClick={() => setP({ y: p.y + 1, x: p.x })}>{Object.keys(p).join()}</button>
  );
}

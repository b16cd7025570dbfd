// expect: DX0106 at 10:47
// A module-level function that calls one computing a random value varies too.
import { useState } from "react";

const dice = () => 1 + Math.floor(Math.random() * 6);
function rollTwo() { return dice() + dice(); }

export default function App() {
  const [n, setN] = useState(0);
  return <button onClick={() => setN(n + 1)}>{rollTwo()} {n}</button>;
}

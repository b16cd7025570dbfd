// expect: DX0106 at 8:54
// `new Date()` without arguments reads the clock: React shows a new time on each render.
import { useState } from "react";

export default function App() {
  const [n, setN] = useState(0);
  const stamp = () => new Date().toLocaleTimeString();
  return <button onClick={() => setN(n + 1)}>{n} at {stamp()}</button>;
}

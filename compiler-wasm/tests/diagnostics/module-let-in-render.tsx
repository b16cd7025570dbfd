// expect: DX0202 at 4:5
// A module-level `let` read while rendering: React shows it as of each render, dx cannot yet.
import { useState } from "react";
let renders = 0;

export default function Counter() {
  const [n, setN] = useState(0);
  return <button onClick={() => { renders++; setN(n + 1); }}>{n} / {renders}</button>;
}

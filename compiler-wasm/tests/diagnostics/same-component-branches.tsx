// expect: DX0301 at 14:11
// React keeps one <Counter> across the branches (same type, same place), so its count survives
// the switch; dx merges such branches only when they differ in value props, not functions.
import { useState } from "react";

function Counter({ onDone }: { onDone: () => void }) {
  const [n, setN] = useState(0);
  return <button onClick={() => { setN(n + 1); onDone(); }}>{n}</button>;
}

export default function App() {
  const [editing, setEditing] = useState(false);
  return (
    <div>{editing ? <Counter onDone={() => setEditing(false)} /> : <Counter onDone={() => setEditing(true)} />}</div>
  );
}

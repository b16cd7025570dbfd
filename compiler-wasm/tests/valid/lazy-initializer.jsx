// Lazy initial state: an arrow with an expression body, or a module-level function by name.
import { useState } from "react";
function initialRows() {
  return [1, 2, 3];
}
export default function App({ start = 5 }) {
  const [rows, setRows] = useState(initialRows);
  const [n, setN] = useState(() => start * 2);
  return <button onClick={() => { setRows([...rows, n]); setN(n + 1); }}>{rows.length} {n}</button>;
}

// expect: DX0210 at 7:19
// A local empty array says nothing about what it will hold.
import { useState } from "react";
export default function App() {
  const [n, setN] = useState(0);
  function count() {
    const parts = [];
    setN(parts.length);
  }
  return <button onClick={count}>{n}</button>;
}

// expect: DX0401 at 9:17
// regression: a handler calling itself was DX0201 unknown identifier; recursion is DX0401 at the call.
import { useState } from "react";

export default function Ticker() {
  const [n, setN] = useState(0);
  function tick() {
    setN(n + 1);
    if (n < 10) tick();
  }
  return <button onClick={tick}>{n}</button>;
}

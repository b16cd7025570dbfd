// expect: DX0401 at 9:17
// known bug: a handler calling itself is reported as DX0201 "unknown identifier `tick`" (its name is bound only after its body is analyzed); recursion is DX0401.
import { useState } from "react";

export default function Ticker() {
  const [n, setN] = useState(0);
  function tick() {
    setN(n + 1);
    if (n < 10) tick();
  }
  return <button onClick={tick}>{n}</button>;
}

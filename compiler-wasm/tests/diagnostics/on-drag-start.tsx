// expect: DX0302 at 7:15
// Drag and drop: dx listens to a fixed set of events, and this is not one of them yet.
import { useState } from "react";

export default function Dragger() {
  const [n, setN] = useState(0);
  return <div onDragStart={() => setN(n + 1)}>dragged {n} times</div>;
}

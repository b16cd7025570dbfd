// expect: DX0302 at 7:15
// Tracking the pointer: only a fixed set of events is supported.
import { useState } from "react";

export default function Tracker() {
  const [x, setX] = useState(0);
  return <div onMouseMove={(e) => setX(e.clientX)}>x = {x}</div>;
}

// expect: DX0302 at 10:66
// A checkbox's `onChange` listens to `click` (as React's does), so with an `onClick` too the
// element would need two handlers of one event; dx refused nothing before and kept only one.
import { useState } from "react";

export default function App() {
  const [on, setOn] = useState(false);
  const [clicks, setClicks] = useState(0);
  return (
    <input type="checkbox" onClick={() => setClicks(clicks + 1)} onChange={() => setOn(!on)} checked={on} />
  );
}

// `cond ? value : null` and `flag && "text"` in markup render the value or nothing (was DX0202, found by the diagnostics corpus).
import { useState } from "react";

export default function Badge() {
  const [count, setCount] = useState(0);
  const [on, setOn] = useState(false);
  return (
    <p onClick={() => { setCount(count + 1); setOn(!on); }}>
      {count > 0 ? count : null}
      {on && " (on)"}
    </p>
  );
}

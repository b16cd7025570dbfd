import { useState } from "react";

// Style properties whose value is `undefined` are left out, as React leaves them: an element
// whose style object has none set has no `style` attribute at first; once one was set and is
// unset again, the attribute stays, empty.
export default function App() {
  const [done, setDone] = useState(false);
  const [big, setBig] = useState(false);
  return (
    <div>
      <span className="task" style={{ textDecoration: done ? "line-through" : undefined }}>Water plants</span>
      <span className="label" style={{ fontWeight: big ? "bold" : undefined, color: "teal" }}>Label</span>
      <button className="done" onClick={() => setDone(!done)}>done</button>
      <button className="big" onClick={() => setBig(!big)}>big</button>
    </div>
  );
}

// expect: DX0301 at 10:6
// Keyed children that change places between the arms of a conditional: React moves them
// and each keeps its state; dx would render the other arm afresh (a mismatch before).
import { useState } from "react";

export default function App() {
  const [reverse, setReverse] = useState(false);
  return (
    <div onClick={() => setReverse(!reverse)}>
    {reverse ? (
      <><Field key="last" label="Last" /><Field key="first" label="First" /></>
    ) : (
      <><Field key="first" label="First" /><Field key="last" label="Last" /></>
    )}
    </div>
  );
}

function Field({ label }: { label: string }) {
  const [text, setText] = useState("");
  return <input placeholder={label} value={text} onChange={(e) => setText(e.target.value)} />;
}

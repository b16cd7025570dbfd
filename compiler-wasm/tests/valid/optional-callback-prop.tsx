// An optional callback prop called with `?.`: nothing happens when the caller leaves it out.
import { useState } from "react";
function Switch({ label, onChange }: { label: string; onChange?: (on: boolean) => void }) {
  const [on, setOn] = useState(false);
  return (
    <button
      onClick={() => {
        setOn(!on);
        onChange?.(!on);
      }}
    >
      {label}: {on ? "on" : "off"}
    </button>
  );
}
export default function App() {
  const [log, setLog] = useState("");
  return (
    <div>
      <Switch label="a" onChange={(v) => setLog("a " + v)} />
      <Switch label="b" />
      <p>{log}</p>
    </div>
  );
}

import { useState } from "react";

// Spread props: every field of the object is a prop; written props after the spread win,
// written props before it lose to the object's fields.
function Tag({ label, tone = "plain", size = 1 }) {
  return <span className={"tag " + tone} style={{ fontSize: size + "em" }}>{label}</span>;
}

const presets = [
  { id: 1, label: "new", tone: "info" },
  { id: 2, label: "sale", tone: "warn", size: 2 },
];

export default function App() {
  const [big, setBig] = useState(false);
  const base = { label: "base", size: 3 };
  return (
    <div>
      {presets.map((p) => (
        <Tag key={p.id} {...p} size={big ? 4 : 1} />
      ))}
      <Tag tone="loud" {...base} />
      <Tag {...base} label="override" />
      <button onClick={() => setBig(!big)}>toggle</button>
    </div>
  );
}

import { useState } from "react";

// A component whose switch throws for a value it does not know, and one that throws early
// for a missing prop: React throws while rendering then; on the values this app passes,
// neither ever throws.
function Badge({ tone, children }) {
  if (!children) throw new Error("Badge needs a label");
  switch (tone) {
    case "good":
      return <b className="good">{children}</b>;
    case "bad":
      return <i className="bad">{children}</i>;
    case "plain":
      return <span>{children}</span>;
    default:
      throw Error("unknown tone: " + tone);
  }
}

const tones = ["plain", "good", "bad"];

export default function App() {
  const [i, setI] = useState(0);
  return (
    <div>
      <Badge tone={tones[i]}>status {i}</Badge>
      <button onClick={() => setI((i + 1) % tones.length)}>next</button>
    </div>
  );
}

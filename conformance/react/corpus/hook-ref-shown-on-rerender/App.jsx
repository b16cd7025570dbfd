import { useRef, useState } from "react";

// A ref changes without a render; what a component shows of it changes when the component
// renders again: after its own state or its parent's changes, not after a sibling's.
function Stopwatch({ label }) {
  const laps = useRef(0);
  const [, setTick] = useState(0);
  return (
    <section>
      <h3>{label}</h3>
      <button className="lap" onClick={() => (laps.current += 1)}>
        Lap silently
      </button>
      <button className="show" onClick={() => setTick((t) => t + 1)}>
        Render me
      </button>
      <p>Laps seen at last render: {laps.current}</p>
    </section>
  );
}

function Sibling() {
  const [n, setN] = useState(0);
  return <button className="sibling" onClick={() => setN(n + 1)}>Sibling renders: {n}</button>;
}

export default function App() {
  const [title, setTitle] = useState("Run");
  return (
    <div>
      <Stopwatch label={title} />
      <Sibling />
      <button className="parent" onClick={() => setTitle(title + "!")}>
        Render parent
      </button>
    </div>
  );
}

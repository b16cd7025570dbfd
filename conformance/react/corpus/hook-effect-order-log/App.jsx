import { useEffect, useLayoutEffect, useRef, useState } from "react";

function Child({ label, log }) {
  useEffect(() => {
    log.current.push(`child ${label}: effect`);
    return () => log.current.push(`child ${label}: cleanup`);
  }, [label, log]);

  useLayoutEffect(() => {
    log.current.push(`child ${label}: layout`);
    return () => log.current.push(`child ${label}: layout cleanup`);
  }, [label, log]);

  return <li>Child {label}</li>;
}

export default function App() {
  const log = useRef([]);
  const [label, setLabel] = useState("A");
  const [showChild, setShowChild] = useState(true);
  const [snapshot, setSnapshot] = useState([]);

  useEffect(() => {
    log.current.push(`parent: effect (label ${label})`);
    return () => log.current.push(`parent: cleanup (label ${label})`);
  }, [label]);

  return (
    <div>
      <button onClick={() => setLabel(label === "A" ? "B" : "A")}>Switch label</button>
      <button onClick={() => setShowChild(!showChild)}>{showChild ? "Unmount" : "Mount"} child</button>
      <button onClick={() => setSnapshot([...log.current])}>Show log</button>
      <button onClick={() => { log.current = []; setSnapshot([]); }}>Clear log</button>
      <ul>{showChild && <Child label={label} log={log} />}</ul>
      <ol className="log">
        {snapshot.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ol>
    </div>
  );
}

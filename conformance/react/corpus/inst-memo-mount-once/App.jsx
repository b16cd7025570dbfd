import { useMemo, useState } from "react";

// A memo with no dependencies is computed once per instance: a random id stays the same in
// every place that reads it, and a label captured on mount does not follow the prop.
function Greeting({ name }) {
  const firstName = useMemo(() => name.toUpperCase(), []);
  return (
    <p>
      first: {firstName}, now: {name}
    </p>
  );
}

export default function App() {
  const [count, setCount] = useState(0);
  const [seen, setSeen] = useState(null);
  const sessionId = useMemo(() => Math.random(), []);
  const [openedAt] = useState(() => Date.now());

  return (
    <div>
      <p>{seen === null ? "not checked" : seen === sessionId ? "same id" : "new id"}</p>
      <p>{openedAt > 0 ? "opened" : "not opened"}</p>
      <Greeting name={"user" + count} />
      <button
        onClick={() => {
          setSeen(sessionId);
          setCount(count + 1);
        }}
      >
        Check
      </button>
    </div>
  );
}

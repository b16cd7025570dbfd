import { useEffect, useState } from "react";

// Callbacks that outlive their render see that render's state: the interval set up on mount
// keeps reporting the first count, a timeout reports the count of the click that set it.
export default function App() {
  const [count, setCount] = useState(0);
  const [seenByInterval, setSeenByInterval] = useState("");
  const [seenByTimeout, setSeenByTimeout] = useState("");
  const [ticks, setTicks] = useState(0);

  useEffect(() => {
    const id = setInterval(() => {
      setSeenByInterval(`interval saw ${count}`);
      setTicks((t) => t + 1);
    }, 400);
    return () => clearInterval(id);
  }, []);

  function reportLater() {
    setTimeout(() => setSeenByTimeout(`timeout saw ${count}`), 250);
  }

  return (
    <div>
      <button onClick={() => setCount(count + 1)}>Add one</button>
      <button onClick={reportLater}>Report later</button>
      <p id="count">{count}</p>
      <p id="interval">{seenByInterval}</p>
      <p id="timeout">{seenByTimeout}</p>
      <p id="ticks">{ticks}</p>
    </div>
  );
}

// Value refs (`useRef(0)`, a timer id, a function): were DX0205 "only element refs are
// supported" before. Reads in render, writes in handlers and effects, `++` as a value, a call
// of the function a ref holds, and a window listener removed by the same function.
import { useEffect, useRef, useState } from "react";

export default function App() {
  const [n, setN] = useState(0);
  const seq = useRef(1);
  const timer = useRef<number | null>(null);
  const onTick = useRef(() => setN((x) => x + 1));
  const previous = useRef(0);
  useEffect(() => {
    previous.current = n;
  });
  useEffect(() => {
    function onKey() {
      onTick.current();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  function start() {
    if (timer.current !== null) return;
    const id = seq.current++;
    setN(id);
    timer.current = setTimeout(() => {
      timer.current = null;
    }, 10);
  }
  return (
    <p onClick={start}>
      {n} (was {previous.current})
    </p>
  );
}

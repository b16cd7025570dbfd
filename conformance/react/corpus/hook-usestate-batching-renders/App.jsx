import { useRef, useState } from "react";

export default function App() {
  const [count, setCount] = useState(0);
  const [flag, setFlag] = useState(false);
  const [label, setLabel] = useState("start");
  const renderCount = useRef(0);
  renderCount.current++;

  function updateAll() {
    setCount((c) => c + 1);
    setFlag((f) => !f);
    setLabel("batched");
  }

  function sameValues() {
    setCount(count);
    setFlag(flag);
  }

  function sequential() {
    setLabel("first");
    setLabel("second");
    setLabel((l) => l + "!");
  }

  return (
    <div>
      <button onClick={updateAll}>Update three states</button>
      <button onClick={sequential}>Set label three times</button>
      <button onClick={sameValues}>Set same values</button>
      <p>
        count={count} flag={String(flag)} label={label}
      </p>
      <p>renders so far: {renderCount.current}</p>
    </div>
  );
}

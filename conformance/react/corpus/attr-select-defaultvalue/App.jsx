import { useRef, useState } from "react";

export default function App() {
  const sizeRef = useRef(null);
  const extrasRef = useRef(null);
  const [order, setOrder] = useState(null);
  const [resetKey, setResetKey] = useState(0);

  function place() {
    const extras = Array.from(extrasRef.current.selectedOptions).map((o) => o.value);
    setOrder(`${sizeRef.current.value} pizza with ${extras.join(" + ") || "no extras"}`);
  }

  return (
    <div key={resetKey}>
      <select ref={sizeRef} defaultValue="medium">
        <option value="small">Small</option>
        <option value="medium">Medium</option>
        <option value="large">Large</option>
      </select>
      <select ref={extrasRef} multiple defaultValue={["olives", "basil"]} size={4}>
        <option value="olives">Olives</option>
        <option value="mushrooms">Mushrooms</option>
        <option value="basil">Basil</option>
        <option value="chili">Chili</option>
      </select>
      <button onClick={place}>Place order</button>
      <button onClick={() => { setResetKey(resetKey + 1); setOrder(null); }}>Start over</button>
      <p>{order ?? "No order yet"}</p>
    </div>
  );
}

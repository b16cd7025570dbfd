import { useState } from "react";

// One handler for several buttons, told apart by the element it is on: e.currentTarget
// (under React's delegation too, the element whose onClick runs), its data-* attributes, its
// tag and its value.
const SIZES = [
  { id: "s", label: "Small", price: 3 },
  { id: "m", label: "Medium", price: 4 },
  { id: "l", label: "Large", price: 5 },
];

export default function App() {
  const [picked, setPicked] = useState("none");
  const [log, setLog] = useState("");

  function handlePick(e) {
    const { sizeId, price } = e.currentTarget.dataset;
    setPicked(sizeId + " at " + price);
    setLog(e.type + " on " + e.currentTarget.tagName.toLowerCase() + " " + e.currentTarget.value);
  }

  return (
    <div>
      {SIZES.map((s) => (
        <button key={s.id} data-size-id={s.id} data-price={s.price} value={s.label} onClick={handlePick}>
          <span>{s.label}</span>
        </button>
      ))}
      <p>
        Picked: {picked} ({log})
      </p>
    </div>
  );
}

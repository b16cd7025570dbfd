import { useState } from "react";
import { COLORS, MAX_PER_ORDER, SHIPPING, SIZES } from "./constants.js";

const PRICE = 32;

export default function App() {
  const [size, setSize] = useState("M");
  const [color, setColor] = useState("olive");
  const [qty, setQty] = useState(1);

  const subtotal = PRICE * qty;
  const shipping = subtotal >= SHIPPING.threshold ? 0 : SHIPPING.fee;

  return (
    <div>
      <div style={{ width: 40, height: 40, background: COLORS[color] }} title={color} />
      <div>
        {SIZES.map((s) => (
          <button key={s} onClick={() => setSize(s)} className={s === size ? "selected" : ""}>
            {s}
          </button>
        ))}
      </div>
      <div>
        {Object.keys(COLORS).map((c) => (
          <label key={c}>
            <input type="radio" name="color" value={c} checked={c === color} onChange={() => setColor(c)} />
            {c}
          </label>
        ))}
      </div>
      <button onClick={() => setQty((q) => Math.min(MAX_PER_ORDER, q + 1))} disabled={qty === MAX_PER_ORDER}>
        Add another
      </button>
      <p>
        {qty} × {color} tee, size {size}: ${subtotal.toFixed(2)}
      </p>
      <p>{shipping ? `Shipping $${shipping.toFixed(2)} (free over $${SHIPPING.threshold})` : "Free shipping"}</p>
      {qty === MAX_PER_ORDER && <p>Limit of {MAX_PER_ORDER} per order reached</p>}
    </div>
  );
}

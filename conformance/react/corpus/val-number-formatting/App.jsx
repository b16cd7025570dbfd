import { useState } from "react";

const UNIT_PRICE = 19.99;
const TAX_RATE = 0.0825;

function money(n) {
  return "$" + n.toFixed(2);
}

function percent(ratio) {
  return `${Math.round(ratio * 1000) / 10}%`;
}

function clock(totalSeconds) {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${String(minutes).padStart(2, "0")}:${String(seconds).padStart(2, "0")}`;
}

export default function App() {
  const [qty, setQty] = useState(1);
  const [coupon, setCoupon] = useState(0);

  const subtotal = qty * UNIT_PRICE;
  const discount = subtotal * coupon;
  const tax = (subtotal - discount) * TAX_RATE;
  const total = subtotal - discount + tax;

  return (
    <div>
      <button onClick={() => setQty((q) => q + 1)}>Add one</button>
      <button onClick={() => setQty((q) => Math.max(0, q - 1))}>Remove one</button>
      <button onClick={() => setCoupon((c) => (c === 0 ? 0.15 : 0))}>{coupon ? "Remove coupon" : "Apply 15% coupon"}</button>
      <dl>
        <dt>Subtotal</dt>
        <dd>{money(subtotal)}</dd>
        <dt>Discount</dt>
        <dd>{coupon > 0 ? `−${money(discount)} (${percent(coupon)})` : "none"}</dd>
        <dt>Tax ({percent(TAX_RATE)})</dt>
        <dd>{money(tax)}</dd>
        <dt>Total</dt>
        <dd>
          <strong>{money(total)}</strong>
        </dd>
      </dl>
      <p>Estimated packing time: {clock(qty * 47)}</p>
      <p>Per item: {qty ? (total / qty).toFixed(3) : "–"}</p>
    </div>
  );
}

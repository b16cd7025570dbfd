import { useState } from "react";
import { FLOW, OrderStatus, nextStatus } from "./status.js";

export default function App() {
  const [status, setStatus] = useState(OrderStatus.PLACED);
  const upcoming = nextStatus(status);
  const step = FLOW.indexOf(status);

  return (
    <div>
      <ol className="steps">
        {FLOW.map((s, i) => (
          <li key={s} style={{ fontWeight: s === status ? "bold" : "normal", color: i <= step ? "green" : "gray" }}>
            {s[0].toUpperCase() + s.slice(1)}
            {i < step && " ✓"}
          </li>
        ))}
      </ol>
      {upcoming ? (
        <button onClick={() => setStatus(upcoming)}>Mark as {upcoming}</button>
      ) : (
        <p>Order complete.</p>
      )}
      <button onClick={() => setStatus(OrderStatus.PLACED)} disabled={status === OrderStatus.PLACED}>
        Start again
      </button>
      {status === OrderStatus.SHIPPED && <p>Your parcel is on its way.</p>}
    </div>
  );
}

import { useState } from "react";

const MENU = [
  { id: "esp", name: "Espresso", price: 2.4 },
  { id: "lat", name: "Latte", price: 3.6 },
  { id: "cro", name: "Croissant", price: 2.9 },
];
const VAT = 0.2;

export default function App() {
  const [order, setOrder] = useState({ esp: 1 });

  let subtotal = 0;
  let count = 0;
  const lines = [];
  for (const item of MENU) {
    const qty = order[item.id] || 0;
    if (!qty) continue;
    const lineTotal = qty * item.price;
    subtotal += lineTotal;
    count += qty;
    lines.push(
      <tr key={item.id}>
        <td>
          {qty} × {item.name}
        </td>
        <td>{lineTotal.toFixed(2)}</td>
      </tr>
    );
  }
  let discount = 0;
  if (count >= 3) discount = subtotal * 0.1;
  const vat = (subtotal - discount) * VAT;

  return (
    <div>
      {MENU.map((item) => (
        <button key={item.id} onClick={() => setOrder({ ...order, [item.id]: (order[item.id] || 0) + 1 })}>
          {item.name}
        </button>
      ))}
      <button onClick={() => setOrder({})}>New order</button>
      <table>
        <tbody>{lines}</tbody>
      </table>
      {lines.length === 0 && <p>No items.</p>}
      <p>Subtotal {subtotal.toFixed(2)}</p>
      {discount > 0 && <p>Bundle discount −{discount.toFixed(2)}</p>}
      <p>VAT {vat.toFixed(2)}</p>
      <p>
        <b>Total {(subtotal - discount + vat).toFixed(2)}</b>
      </p>
    </div>
  );
}

import { useState } from "react";

const lineItems = [
  { sku: "A-100", description: "Design workshop", hours: 6, rate: 90 },
  { sku: "B-220", description: "Prototype build", hours: 14, rate: 75 },
  { sku: "C-310", description: "User testing", hours: 4, rate: 60 },
];

export default function App() {
  const [items, setItems] = useState(lineItems);
  const [showRate, setShowRate] = useState(true);

  const total = items.reduce((sum, it) => sum + it.hours * it.rate, 0);
  const totalHours = items.reduce((sum, it) => sum + it.hours, 0);

  return (
    <div>
      <button onClick={() => setShowRate(!showRate)}>{showRate ? "Hide" : "Show"} rates</button>
      <button onClick={() => setItems(items.map((it) => ({ ...it, hours: it.hours + 1 })))}>Add an hour to each</button>
      <table>
        <thead>
          <tr>
            <th>SKU</th>
            <th>Description</th>
            <th>Hours</th>
            {showRate && <th>Rate</th>}
            <th>Amount</th>
          </tr>
        </thead>
        <tbody>
          {items.map((it) => (
            <tr key={it.sku}>
              <td>{it.sku}</td>
              <td>{it.description}</td>
              <td>{it.hours}</td>
              {showRate && <td>{it.rate}</td>}
              <td>{it.hours * it.rate}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={2}>Total</td>
            <td>{totalHours}</td>
            {showRate && <td />}
            <td>{total}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

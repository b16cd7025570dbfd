import { useState } from "react";

const orders = [
  { id: "A17", customer: "Beatriz", items: 3, status: "paid", note: "" },
  { id: "A18", customer: "Chen", items: 1, status: "pending", note: "Gift wrap" },
  { id: "A19", customer: "Dara", items: 0, status: "cancelled", note: "" },
];

export default function App() {
  const [expandedId, setExpandedId] = useState(null);
  const [hideCancelled, setHideCancelled] = useState(false);

  function renderStatus(status) {
    if (status === "paid") return <span className="ok">Paid</span>;
    if (status === "pending") return <span className="warn">Awaiting payment</span>;
    return <s>Cancelled</s>;
  }

  const renderDetails = (order) =>
    order.id !== expandedId ? null : (
      <tr className="details">
        <td colSpan={3}>
          {order.items ? `${order.items} item(s)` : "No items"}
          {order.note && ` · Note: ${order.note}`}
        </td>
      </tr>
    );

  function renderRow(order) {
    return (
      <tr onClick={() => setExpandedId(expandedId === order.id ? null : order.id)}>
        <td>{order.id}</td>
        <td>{order.customer}</td>
        <td>{renderStatus(order.status)}</td>
      </tr>
    );
  }

  const visible = orders.filter((o) => !(hideCancelled && o.status === "cancelled"));

  return (
    <div>
      <button onClick={() => setHideCancelled(!hideCancelled)}>{hideCancelled ? "Show" : "Hide"} cancelled</button>
      <table>
        {visible.map((o) => (
          <tbody key={o.id}>
            {renderRow(o)}
            {renderDetails(o)}
          </tbody>
        ))}
      </table>
      <p>{expandedId ? `Order ${expandedId} expanded` : "Click an order for details"}</p>
    </div>
  );
}

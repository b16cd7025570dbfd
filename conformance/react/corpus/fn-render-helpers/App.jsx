import { Fragment, useState } from "react";

const orders = [
  { id: "A-17", status: "shipped", items: 3, total: 42.5 },
  { id: "A-18", status: "pending", items: 1, total: 9.99 },
  { id: "A-19", status: "cancelled", items: 2, total: 18 },
];

export default function App() {
  const [expanded, setExpanded] = useState(null);
  const [showCancelled, setShowCancelled] = useState(true);

  function renderStatus(status) {
    switch (status) {
      case "shipped":
        return <span className="ok">✔ Shipped</span>;
      case "pending":
        return <span className="wait">… Pending</span>;
      default:
        return <span className="bad">✖ {status}</span>;
    }
  }

  const renderDetails = (order) => (
    <tr className="details">
      <td colSpan={3}>
        {order.items} item{order.items > 1 ? "s" : ""}, ${order.total.toFixed(2)}
      </td>
    </tr>
  );

  function renderRow(order) {
    const open = expanded === order.id;
    return (
      <Fragment key={order.id}>
        <tr>
          <td>{order.id}</td>
          <td>{renderStatus(order.status)}</td>
          <td>
            <button onClick={() => setExpanded(open ? null : order.id)}>{open ? "Less" : "More"}</button>
          </td>
        </tr>
        {open && renderDetails(order)}
      </Fragment>
    );
  }

  return (
    <div>
      <label>
        <input type="checkbox" checked={showCancelled} onChange={() => setShowCancelled(!showCancelled)} />
        Show cancelled
      </label>
      <table>
        <tbody>{orders.filter((o) => showCancelled || o.status !== "cancelled").map(renderRow)}</tbody>
      </table>
    </div>
  );
}

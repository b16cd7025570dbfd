import { useState } from "react";
import { formatPrice, pluralize, truncate } from "./format.js";

const listings = [
  { id: 1, title: "Vintage road bike, 56cm frame, recently serviced", cents: 34900, views: 1 },
  { id: 2, title: "Desk lamp", cents: 1250, views: 14 },
  { id: 3, title: "Box of assorted board games (some pieces missing)", cents: 500, views: 0 },
];

export default function App() {
  const [items, setItems] = useState(listings);
  const [expanded, setExpanded] = useState(false);

  const discountAll = () => setItems(items.map((it) => ({ ...it, cents: Math.round(it.cents * 0.9) })));
  const view = (id) => setItems(items.map((it) => (it.id === id ? { ...it, views: it.views + 1 } : it)));

  return (
    <div>
      <button onClick={discountAll}>Knock 10% off</button>
      <button onClick={() => setExpanded(!expanded)}>{expanded ? "Shorten titles" : "Full titles"}</button>
      <ul>
        {items.map((it) => (
          <li key={it.id} onClick={() => view(it.id)}>
            <span>{expanded ? it.title : truncate(it.title)}</span> — <b>{formatPrice(it.cents)}</b>{" "}
            <small>({pluralize(it.views, "view")})</small>
          </li>
        ))}
      </ul>
      <p>Total: {formatPrice(items.reduce((s, it) => s + it.cents, 0))} for {pluralize(items.length, "listing")}</p>
      <p>Refund preview: {formatPrice(-1999, "$")}</p>
    </div>
  );
}

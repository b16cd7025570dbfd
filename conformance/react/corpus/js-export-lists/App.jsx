import { useState } from "react";
import Badge from "./Badge.jsx";
import { formatPrice, toSlug } from "./format.js";

const ITEMS = [
  { name: "Blue Mug", cents: 1250 },
  { name: "Tea Towel (Linen)", cents: 899 },
];

export default function App() {
  const [picked, setPicked] = useState(0);
  const item = ITEMS[picked];
  return (
    <div>
      {ITEMS.map((it, i) => (
        <button key={it.name} onClick={() => setPicked(i)}>
          {it.name}
        </button>
      ))}
      <p id={toSlug(item.name)}>
        {item.name}: {formatPrice(item.cents)} <Badge label={picked === 0 ? "new" : "sale"} />
      </p>
    </div>
  );
}

// Rows that compute values before returning their markup.
import { useState } from "react";

const PRODUCTS = [
  { id: 1, name: "Lamp", price: 40, stock: 3 },
  { id: 2, name: "Desk", price: 250, stock: 0 },
  { id: 3, name: "Chair", price: 90, stock: 12 },
];

export default function Catalogue() {
  const [discount, setDiscount] = useState(0);
  return (
    <div>
      <button onClick={() => setDiscount(discount + 10)}>more discount</button>
      <ul>
        {PRODUCTS.map((p, index) => {
          const price = Math.round(p.price * (1 - discount / 100));
          const label = p.stock > 0 ? `${p.stock} left` : "sold out";
          const className = p.stock > 0 ? "available" : "unavailable";
          return (
            <li key={p.id} className={className}>
              {index + 1}. {p.name}: ${price} ({label})
            </li>
          );
        })}
      </ul>
    </div>
  );
}

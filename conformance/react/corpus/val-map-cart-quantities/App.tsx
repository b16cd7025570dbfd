import { useState } from "react";

interface Product {
  sku: string;
  title: string;
  price: number;
}

const products: Product[] = [
  { sku: "mug", title: "Enamel mug", price: 12.5 },
  { sku: "tote", title: "Canvas tote", price: 18 },
  { sku: "pin", title: "Enamel pin", price: 4.25 },
];

export default function App() {
  const [cart, setCart] = useState<Map<string, number>>(() => new Map());

  function add(sku: string) {
    setCart((prev) => new Map(prev).set(sku, (prev.get(sku) ?? 0) + 1));
  }

  function removeOne(sku: string) {
    setCart((prev) => {
      const next = new Map(prev);
      const qty = next.get(sku) ?? 0;
      if (qty <= 1) next.delete(sku);
      else next.set(sku, qty - 1);
      return next;
    });
  }

  const lines = products.filter((p) => cart.has(p.sku));
  const total = lines.reduce((sum, p) => sum + p.price * (cart.get(p.sku) ?? 0), 0);

  return (
    <div>
      {products.map((p) => (
        <button key={p.sku} onClick={() => add(p.sku)}>
          Add {p.title} (${p.price.toFixed(2)})
        </button>
      ))}
      <h3>Cart ({cart.size} {cart.size === 1 ? "line" : "lines"})</h3>
      {lines.length === 0 && <p>The cart is empty.</p>}
      <ul>
        {lines.map((p) => (
          <li key={p.sku}>
            {p.title} × {cart.get(p.sku)}
            <button onClick={() => removeOne(p.sku)}>−</button>
          </li>
        ))}
      </ul>
      <p>Total: ${total.toFixed(2)}</p>
    </div>
  );
}

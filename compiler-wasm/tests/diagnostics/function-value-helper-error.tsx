// expect: DX0204 at 9:60
// dx-fuzz finding (a mutation of corpus fn-pricing-strategy): a function value's helper that
// cannot compile was skipped as a candidate and left without a plan, a panic; now its error.
import { useState } from "react";

type Item = { name: string; unit: number; qty: number };
type Strategy = { label: string; apply: (items: Item[]) => number };

const subtotal = (items: Item[]) => items.reduce((s, i) => ((items) => items.name) + i.unit * i.qty, 0);

const strategies: Record<string, Strategy> = {
  regular: { label: "Regular price", apply: subtotal },
  bulk: {
    label: "Bulk: 10% off lines with 3+",
    apply: (items) => items.reduce((s, i) => s + i.unit * i.qty * (i.qty >= 3 ? 0.9 : 1), 0),
  },
  cheapestFree: {
    label: "Cheapest item free",
    apply: (items) => {
      const units = items.filter((i) => i.qty > 0).map((i) => i.unit);
      return subtotal(items) - (units.length ? Math.min(...units) : 0);
    },
  },
};

export default function App() {
  const [items, setItems] = useState<Item[]>([
    { name: "Notebook", unit: 3.5, qty: 2 },
    { name: "Pen", unit: 1.2, qty: 4 },
    { name: "Backpack", unit: 24, qty: 0 },
  ]);
  const [strategyKey, setStrategyKey] = useState<keyof typeof strategies>("regular");

  const bump = (name: string): void => {
    setItems((prev) => prev.map((i) => (i.name === name ? { ...i, qty: i.qty + 1 } : i)));
  };

  const total: number = strategies[strategyKey].apply(items);

  return (
    <div>
      <select value={strategyKey} onChange={(e) => setStrategyKey(e.target.value as keyof typeof strategies)}>
        {Object.entries(strategies).map(([key, s]) => (
          <option key={key} value={key}>
            {s.label}
          </option>
        ))}
      </select>
      {items.map((i) => (
        <div key={i.name}>
          {i.name} × {i.qty} <button onClick={() => bump(i.name)}>+1</button>
        </div>
      ))}
      <p>Total: {total.toFixed(2)}</p>
    </div>
  );
}

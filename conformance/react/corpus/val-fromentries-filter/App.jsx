import { useState } from "react";

const inventory = {
  apples: 12,
  bananas: 0,
  cherries: 240,
  dates: 3,
  elderberries: 0,
  figs: 18,
};

function pickBy(obj, predicate) {
  return Object.fromEntries(Object.entries(obj).filter(([key, value]) => predicate(value, key)));
}

export default function App() {
  const [minimum, setMinimum] = useState(1);
  const [stock, setStock] = useState(inventory);

  const available = pickBy(stock, (qty) => qty >= minimum);
  const total = Object.values(available).reduce((sum, n) => sum + n, 0);

  return (
    <div>
      <label>
        Minimum quantity{" "}
        <select value={minimum} onChange={(e) => setMinimum(Number(e.target.value))}>
          {[0, 1, 5, 20].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <button onClick={() => setStock((s) => ({ ...s, bananas: s.bananas + 6 }))}>Restock bananas</button>
      <button onClick={() => setStock((s) => ({ ...s, cherries: Math.max(0, s.cherries - 100) }))}>Sell cherries</button>
      <ul>
        {Object.entries(available).map(([fruit, qty]) => (
          <li key={fruit}>
            {fruit}: {qty}
          </li>
        ))}
      </ul>
      <p>
        {Object.keys(available).length} kinds, {total} pieces
      </p>
    </div>
  );
}

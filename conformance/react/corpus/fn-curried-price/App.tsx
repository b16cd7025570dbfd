import { useState } from "react";

type PriceFn = (amount: number) => number;

const applyTax = (rate: number): PriceFn => (amount) => amount * (1 + rate);
const applyDiscount = (percent: number): PriceFn => (amount) => amount * (1 - percent / 100);
const round2 = (x: number) => Math.round(x * 100) / 100;

const regions: Record<string, number> = { EU: 0.2, US: 0.08, JP: 0.1 };

export default function App() {
  const [region, setRegion] = useState("EU");
  const [discount, setDiscount] = useState(0);
  const base = 50;

  const withTax = applyTax(regions[region]);
  const withDiscount = applyDiscount(discount);
  const finalPrice = round2(withTax(withDiscount(base)));

  return (
    <div>
      <select value={region} onChange={(e) => setRegion(e.target.value)}>
        {Object.keys(regions).map((r) => (
          <option key={r}>{r}</option>
        ))}
      </select>
      {[0, 10, 25].map((d) => (
        <button key={d} onClick={() => setDiscount(d)} disabled={discount === d}>
          {d}% off
        </button>
      ))}
      <p>
        Base ${base} → after {discount}% discount and {regions[region] * 100}% tax: <b>${finalPrice.toFixed(2)}</b>
      </p>
    </div>
  );
}

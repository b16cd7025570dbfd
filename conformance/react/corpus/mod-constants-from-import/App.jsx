import { useState } from "react";
import { PRICING, TIER_NAMES } from "./pricing.js";

// Module-level values computed from another module's exports: the imported module runs first.
const MONTHLY = Object.fromEntries(TIER_NAMES.map((t) => [t, PRICING.base * PRICING.tiers[t]]));
const CHEAPEST = TIER_NAMES[0];
const LABEL = `${PRICING.currency} / month`;

export default function App() {
  const [tier, setTier] = useState(CHEAPEST);
  const [yearly, setYearly] = useState(false);
  const price = yearly ? MONTHLY[tier] * 10 : MONTHLY[tier];

  return (
    <div>
      {TIER_NAMES.map((t) => (
        <button key={t} onClick={() => setTier(t)} disabled={t === tier}>
          {t}
        </button>
      ))}
      <label>
        <input type="checkbox" checked={yearly} onChange={(e) => setYearly(e.target.checked)} /> Pay yearly
      </label>
      <p>
        {tier}: {price} {yearly ? `${PRICING.currency} / year` : LABEL}
      </p>
    </div>
  );
}

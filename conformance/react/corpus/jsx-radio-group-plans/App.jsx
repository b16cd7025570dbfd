import { useState } from "react";

const plans = [
  { id: "starter", name: "Starter", price: 0, features: ["1 project", "Community support"] },
  { id: "pro", name: "Pro", price: 15, features: ["Unlimited projects", "Email support", "Analytics"] },
  { id: "business", name: "Business", price: 49, features: ["Everything in Pro", "SSO", "Audit log"] },
];

export default function App() {
  const [planId, setPlanId] = useState("pro");
  const [billing, setBilling] = useState("monthly");
  const plan = plans.find((p) => p.id === planId);
  const price = billing === "yearly" ? plan.price * 10 : plan.price;

  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>Plan</legend>
        {plans.map((p) => (
          <label key={p.id} style={{ display: "block" }}>
            <input type="radio" name="plan" value={p.id} checked={planId === p.id} onChange={(e) => setPlanId(e.target.value)} />
            {p.name} — {p.price ? `$${p.price}/mo` : "free"}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Billing</legend>
        {["monthly", "yearly"].map((b) => (
          <label key={b}>
            <input type="radio" name="billing" checked={billing === b} onChange={() => setBilling(b)} /> {b}
          </label>
        ))}
      </fieldset>
      <h4>{plan.name}</h4>
      <ul>
        {plan.features.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>
      <p>{price === 0 ? "Free forever" : `$${price} per ${billing === "yearly" ? "year" : "month"}`}</p>
    </form>
  );
}

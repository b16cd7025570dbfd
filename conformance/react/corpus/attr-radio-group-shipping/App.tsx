import { useState } from "react";

type Method = "standard" | "express" | "pickup";

const methods: { value: Method; label: string; price: number; days: string }[] = [
  { value: "standard", label: "Standard", price: 4.99, days: "3–5 days" },
  { value: "express", label: "Express", price: 12.5, days: "1 day" },
  { value: "pickup", label: "Store pickup", price: 0, days: "today" },
];

export default function App() {
  const [method, setMethod] = useState<Method>("standard");
  const [gift, setGift] = useState<boolean>(false);
  const chosen = methods.find((m) => m.value === method)!;
  const total = 40 + chosen.price + (gift ? 3 : 0);

  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>Delivery</legend>
        {methods.map((m) => (
          <label key={m.value} className={method === m.value ? "option selected" : "option"}>
            <input
              type="radio"
              name="shipping"
              value={m.value}
              checked={method === m.value}
              onChange={(e) => setMethod(e.target.value as Method)}
            />
            {m.label} — {m.price ? `$${m.price.toFixed(2)}` : "free"} ({m.days})
          </label>
        ))}
      </fieldset>
      <label>
        <input type="checkbox" checked={gift} disabled={method === "pickup"} onChange={(e) => setGift(e.target.checked)} />
        Gift wrap (+$3)
      </label>
      <p>Order total: ${total.toFixed(2)}</p>
      <button type="button" onClick={() => setMethod("express")}>
        Fastest please
      </button>
    </form>
  );
}

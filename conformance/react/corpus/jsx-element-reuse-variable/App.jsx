import { useState } from "react";

export default function App() {
  const [plan, setPlan] = useState("monthly");
  const [seats, setSeats] = useState(1);

  const price = plan === "monthly" ? 12 * seats : 120 * seats;
  const saveBadge = <span className="badge">Save 17%</span>;
  const priceTag = (
    <strong>
      ${price}/{plan === "monthly" ? "mo" : "yr"}
    </strong>
  );
  const seatLabel = `${seats} seat${seats > 1 ? "s" : ""}`;

  return (
    <div>
      <header>
        Team plan {priceTag} {plan === "yearly" && saveBadge}
      </header>
      <button onClick={() => setPlan(plan === "monthly" ? "yearly" : "monthly")}>
        Switch to {plan === "monthly" ? "yearly" : "monthly"} {plan === "monthly" && saveBadge}
      </button>
      <button onClick={() => setSeats(seats + 1)}>Add seat</button>
      <footer>
        {seatLabel} — you pay {priceTag}
      </footer>
    </div>
  );
}

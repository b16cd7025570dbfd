import { useState } from "react";

export default function App() {
  const [amount, setAmount] = useState(250);
  const [years, setYears] = useState(3);
  const rate = 0.04;
  const total = Math.round(amount * Math.pow(1 + rate, years));

  return (
    <div>
      <label>
        Deposit: <input type="range" min={50} max={1000} step={50} value={amount} onChange={(e) => setAmount(Number(e.target.value))} />
        <output>{amount}</output>
      </label>
      <label>
        Years:{" "}
        <input type="number" min={1} max={30} value={years} onChange={(e) => setYears(Number(e.target.value) || 1)} style={{ width: 60 }} />
      </label>
      <button onClick={() => setAmount((a) => Math.min(1000, a + 50))}>+50</button>
      <button onClick={() => setYears((y) => Math.min(30, y + 1))}>+1 year</button>
      <p>
        After {years} years at {rate * 100}%: <b>{total}</b>
      </p>
      <meter min={0} max={2000} low={500} high={1500} optimum={2000} value={total} />
    </div>
  );
}

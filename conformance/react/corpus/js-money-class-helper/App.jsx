import { useState } from "react";
import { Money } from "./money.js";

const bill = [Money.from(23.5), Money.from(17.25), Money.from(8.9)];

export default function App() {
  const [people, setPeople] = useState(3);
  const [tipPercent, setTipPercent] = useState(10);

  const subtotal = bill.reduce((sum, m) => sum.add(m), new Money(0));
  const total = subtotal.times(1 + tipPercent / 100);
  const shares = total.split(people);

  return (
    <div>
      <p>Subtotal: {subtotal.toString()}</p>
      {[0, 10, 15, 20].map((t) => (
        <button key={t} onClick={() => setTipPercent(t)} disabled={t === tipPercent}>
          Tip {t}%
        </button>
      ))}
      <button onClick={() => setPeople(people + 1)}>Add person</button>
      <button onClick={() => setPeople(Math.max(1, people - 1))}>Remove person</button>
      <p>
        Total with tip: <b>{`${total}`}</b>
      </p>
      <ol>
        {shares.map((share, i) => (
          <li key={i}>{share.toString()}</li>
        ))}
      </ol>
    </div>
  );
}

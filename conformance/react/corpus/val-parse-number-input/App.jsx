import { useState } from "react";

function parseAmount(text) {
  const cleaned = text.replace(/[,\s]/g, "");
  if (cleaned === "") return null;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : NaN;
}

export default function App() {
  const [text, setText] = useState("1,250");
  const [rate, setRate] = useState(0.92);

  const amount = parseAmount(text);
  let result;
  if (amount === null) {
    result = <p>Enter an amount to convert.</p>;
  } else if (Number.isNaN(amount)) {
    result = <p className="error">“{text}” is not a number</p>;
  } else {
    result = (
      <p>
        {amount.toFixed(2)} USD = <b>{(amount * rate).toFixed(2)} EUR</b>
      </p>
    );
  }

  return (
    <div>
      <input value={text} onChange={(e) => setText(e.target.value)} inputMode="decimal" />
      <button onClick={() => setText(String(parseInt(text, 10) * 2 || 0))}>Double (integer part)</button>
      <button onClick={() => setRate((r) => +(r + 0.01).toFixed(2))}>Rate +0.01</button>
      <button onClick={() => setText("")}>Clear</button>
      {result}
      <small>
        Rate {rate} · parseFloat says {String(parseFloat(text))} · typeof amount is {typeof amount}
      </small>
    </div>
  );
}

import { createContext, useContext, useState } from "react";

const CurrencyContext = createContext({ code: "USD", symbol: "$", rate: 1 });

function Price({ amount }) {
  const { code, symbol, rate } = useContext(CurrencyContext);
  return (
    <span className="price">
      {symbol}
      {(amount * rate).toFixed(2)} <small>{code}</small>
    </span>
  );
}

const currencies = {
  EUR: { code: "EUR", symbol: "€", rate: 0.9 },
  GBP: { code: "GBP", symbol: "£", rate: 0.8 },
  JPY: { code: "JPY", symbol: "¥", rate: 150 },
};

export default function App() {
  const [code, setCode] = useState("EUR");
  const [qty, setQty] = useState(1);

  return (
    <div>
      <p>
        Without provider (default): <Price amount={12 * qty} />
      </p>
      <select value={code} onChange={(e) => setCode(e.target.value)}>
        {Object.keys(currencies).map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
      <button onClick={() => setQty(qty + 1)}>Quantity: {qty}</button>
      <CurrencyContext.Provider value={currencies[code]}>
        <p>
          Inside provider: <Price amount={12 * qty} />
        </p>
        <CurrencyContext.Provider value={{ code: "CHF", symbol: "Fr.", rate: 0.88 }}>
          <p>
            Nested override: <Price amount={12 * qty} />
          </p>
        </CurrencyContext.Provider>
      </CurrencyContext.Provider>
    </div>
  );
}

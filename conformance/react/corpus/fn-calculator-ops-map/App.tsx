import { useState } from "react";

type BinaryOp = (a: number, b: number) => number;

const operations: Record<string, { symbol: string; fn: BinaryOp }> = {
  add: { symbol: "+", fn: (a, b) => a + b },
  subtract: { symbol: "−", fn: (a, b) => a - b },
  multiply: { symbol: "×", fn: (a, b) => a * b },
  divide: { symbol: "÷", fn: (a, b) => (b === 0 ? NaN : a / b) },
  power: { symbol: "^", fn: (a, b) => a ** b },
};

export default function App() {
  const [a, setA] = useState("12");
  const [b, setB] = useState("4");
  const [op, setOp] = useState<string>("add");

  const x = parseFloat(a);
  const y = parseFloat(b);
  const result = operations[op].fn(x, y);

  return (
    <div className="calc">
      <input value={a} onChange={(e) => setA(e.target.value)} aria-label="first number" />
      <input value={b} onChange={(e) => setB(e.target.value)} aria-label="second number" />
      <div>
        {Object.entries(operations).map(([name, { symbol }]) => (
          <button key={name} onClick={() => setOp(name)} className={op === name ? "selected" : ""}>
            {symbol}
          </button>
        ))}
      </div>
      <p>
        {a} {operations[op].symbol} {b} ={" "}
        <strong>{Number.isNaN(result) ? "undefined" : Math.round(result * 1000) / 1000}</strong>
      </p>
    </div>
  );
}

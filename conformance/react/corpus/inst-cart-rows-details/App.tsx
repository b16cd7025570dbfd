import { useState } from "react";

interface CartLine {
  sku: string;
  title: string;
  price: number;
  qty: number;
  notes: string[];
}

function LineRow({ line, onQty }: { line: CartLine; onQty: (sku: string, qty: number) => void }) {
  const [showNotes, setShowNotes] = useState(false);
  return (
    <li>
      <div>
        {line.title} — ${(line.price * line.qty).toFixed(2)}
        <button onClick={() => onQty(line.sku, line.qty - 1)} disabled={line.qty === 0}>−</button>
        <span> {line.qty} </span>
        <button onClick={() => onQty(line.sku, line.qty + 1)}>+</button>
        {line.notes.length > 0 && (
          <button onClick={() => setShowNotes(!showNotes)}>{showNotes ? "Hide" : "Details"}</button>
        )}
      </div>
      {showNotes && (
        <ul className="notes">
          {line.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

const initial: CartLine[] = [
  { sku: "tea", title: "Green tea", price: 4.5, qty: 2, notes: ["Loose leaf", "From Shizuoka"] },
  { sku: "pot", title: "Teapot", price: 32, qty: 1, notes: ["Cast iron"] },
  { sku: "cup", title: "Cup", price: 6.25, qty: 0, notes: [] },
];

export default function App() {
  const [lines, setLines] = useState<CartLine[]>(initial);
  const total = lines.reduce((sum, l) => sum + l.price * l.qty, 0);

  const setQty = (sku: string, qty: number) =>
    setLines((prev) => prev.map((l) => (l.sku === sku ? { ...l, qty: Math.max(0, qty) } : l)));

  return (
    <div className="cart">
      <ul>
        {lines.map((l) => (
          <LineRow key={l.sku} line={l} onQty={setQty} />
        ))}
      </ul>
      <p>Total: ${total.toFixed(2)}</p>
    </div>
  );
}

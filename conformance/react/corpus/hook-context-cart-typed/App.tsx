import { createContext, useContext, useMemo, useState, type ReactNode } from "react";

type Line = { id: string; title: string; price: number };

interface CartValue {
  lines: Line[];
  add: (line: Line) => void;
  remove: (id: string) => void;
  total: number;
}

const CartContext = createContext<CartValue | null>(null);

function useCart(): CartValue {
  const ctx = useContext(CartContext);
  if (!ctx) throw new Error("useCart must be used inside <CartProvider>");
  return ctx;
}

function CartProvider({ children }: { children: ReactNode }) {
  const [lines, setLines] = useState<Line[]>([]);
  const value = useMemo<CartValue>(
    () => ({
      lines,
      add: (line) => setLines((ls) => (ls.some((l) => l.id === line.id) ? ls : [...ls, line])),
      remove: (id) => setLines((ls) => ls.filter((l) => l.id !== id)),
      total: lines.reduce((s, l) => s + l.price, 0),
    }),
    [lines]
  );
  return <CartContext.Provider value={value}>{children}</CartContext.Provider>;
}

const courses: Line[] = [
  { id: "ts", title: "TypeScript basics", price: 29 },
  { id: "css", title: "Modern CSS", price: 19 },
  { id: "a11y", title: "Accessibility", price: 25 },
];

function Catalog() {
  const { add, lines } = useCart();
  return (
    <ul>
      {courses.map((c) => {
        const inCart = lines.some((l) => l.id === c.id);
        return (
          <li key={c.id}>
            {c.title} · ${c.price}{" "}
            <button onClick={() => add(c)} disabled={inCart}>
              {inCart ? "In cart" : "Enroll"}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

function CartSummary() {
  const { lines, remove, total } = useCart();
  if (lines.length === 0) return <p>Your cart is empty.</p>;
  return (
    <aside>
      {lines.map((l) => (
        <div key={l.id}>
          {l.title} <button onClick={() => remove(l.id)}>remove</button>
        </div>
      ))}
      <strong>Total ${total}</strong>
    </aside>
  );
}

export default function App() {
  return (
    <CartProvider>
      <Catalog />
      <CartSummary />
    </CartProvider>
  );
}

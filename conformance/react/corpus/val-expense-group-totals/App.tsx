import { useMemo, useState } from "react";

type Category = "food" | "transport" | "fun";

interface Expense {
  id: number;
  label: string;
  amount: number;
  category: Category;
}

const seed: Expense[] = [
  { id: 1, label: "Groceries", amount: 54.2, category: "food" },
  { id: 2, label: "Bus pass", amount: 30, category: "transport" },
  { id: 3, label: "Cinema", amount: 12.5, category: "fun" },
  { id: 4, label: "Bakery", amount: 6.75, category: "food" },
];

const extras: Omit<Expense, "id">[] = [
  { label: "Taxi", amount: 18.4, category: "transport" },
  { label: "Concert", amount: 45, category: "fun" },
  { label: "Coffee beans", amount: 14, category: "food" },
];

export default function App() {
  const [expenses, setExpenses] = useState<Expense[]>(seed);

  const totals = useMemo(
    () =>
      expenses.reduce<Record<string, number>>((acc, e) => {
        acc[e.category] = (acc[e.category] || 0) + e.amount;
        return acc;
      }, {}),
    [expenses]
  );
  const ranked = Object.entries(totals).sort(([, a], [, b]) => b - a);
  const grand = Object.values(totals).reduce((a, b) => a + b, 0);

  function addNext() {
    const extra = extras[(expenses.length - seed.length) % extras.length];
    setExpenses([...expenses, { ...extra, id: expenses.length + 1 }]);
  }

  return (
    <div>
      <button onClick={addNext}>Add expense</button>
      <button onClick={() => setExpenses(expenses.slice(0, -1))} disabled={expenses.length === 0}>
        Remove last
      </button>
      <ul>
        {ranked.map(([category, amount]) => (
          <li key={category}>
            {category}: {amount.toFixed(2)} ({((amount / grand) * 100).toFixed(0)}%)
          </li>
        ))}
      </ul>
      <p>
        Total across {expenses.length} expenses: {grand.toFixed(2)}
      </p>
      <small>Last: {expenses[expenses.length - 1]?.label ?? "—"}</small>
    </div>
  );
}

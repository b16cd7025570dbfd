import { useState } from "react";

type Recipe = { name: string; minutes: number; vegan: boolean; spicy: boolean };

const recipes: Recipe[] = [
  { name: "Chana masala", minutes: 35, vegan: true, spicy: true },
  { name: "Carbonara", minutes: 20, vegan: false, spicy: false },
  { name: "Green curry", minutes: 40, vegan: false, spicy: true },
  { name: "Hummus bowl", minutes: 10, vegan: true, spicy: false },
  { name: "Pad kra pao", minutes: 15, vegan: false, spicy: true },
];

type Predicate = (r: Recipe) => boolean;

const filters: Record<string, { label: string; test: Predicate }> = {
  quick: { label: "Under 30 min", test: (r) => r.minutes < 30 },
  vegan: { label: "Vegan", test: (r) => r.vegan },
  mild: { label: "Not spicy", test: (r) => !r.spicy },
};

const allOf = (preds: Predicate[]): Predicate => (r) => preds.every((p) => p(r));

export default function App() {
  const [active, setActive] = useState<Record<string, boolean>>({});

  const predicate = allOf(Object.keys(filters).filter((k) => active[k]).map((k) => filters[k].test));
  const visible = recipes.filter(predicate);

  return (
    <div>
      {Object.entries(filters).map(([key, f]) => (
        <label key={key}>
          <input
            type="checkbox"
            checked={!!active[key]}
            onChange={(e) => setActive({ ...active, [key]: e.target.checked })}
          />
          {f.label}
        </label>
      ))}
      <ul>
        {visible.map((r) => (
          <li key={r.name}>
            {r.name} · {r.minutes} min
          </li>
        ))}
      </ul>
      {visible.length === 0 && <p>No recipe matches all filters.</p>}
    </div>
  );
}

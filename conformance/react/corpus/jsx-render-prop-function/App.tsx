import { useState } from "react";
import type { ReactNode } from "react";

function Toggle({ initial = false, children }: { initial?: boolean; children: (on: boolean, toggle: () => void) => ReactNode }) {
  const [on, setOn] = useState(initial);
  return <>{children(on, () => setOn((v) => !v))}</>;
}

function DataList<T>({ items, renderItem, empty }: { items: T[]; renderItem: (item: T, index: number) => ReactNode; empty: ReactNode }) {
  if (items.length === 0) return <>{empty}</>;
  return <ul>{items.map((item, i) => <li key={i}>{renderItem(item, i)}</li>)}</ul>;
}

export default function App() {
  const [cities, setCities] = useState<string[]>([]);

  return (
    <div>
      <Toggle>
        {(on, toggle) => (
          <button onClick={toggle} aria-pressed={on}>
            Wi-Fi is {on ? "on" : "off"}
          </button>
        )}
      </Toggle>
      <Toggle initial>
        {(on, toggle) => (
          <label>
            <input type="checkbox" checked={on} onChange={toggle} /> Bluetooth {on ? "enabled" : "disabled"}
          </label>
        )}
      </Toggle>
      <button onClick={() => setCities([...cities, ["Quito", "Hanoi", "Perth"][cities.length % 3]])}>Add city</button>
      <DataList
        items={cities}
        empty={<p>No cities yet.</p>}
        renderItem={(city, i) => (
          <span>
            {i + 1}. {city}
          </span>
        )}
      />
    </div>
  );
}

import { useState } from "react";

const menu = [
  { category: "Starters", dishes: [{ name: "Soup of the day", veg: true }, { name: "Calamari", veg: false }] },
  { category: "Mains", dishes: [{ name: "Risotto", veg: true }, { name: "Steak frites", veg: false }, { name: "Dal", veg: true }] },
  { category: "Desserts", dishes: [] },
];

function Category({ category, dishes, vegOnly }) {
  const [collapsed, setCollapsed] = useState(false);
  const visible = vegOnly ? dishes.filter((d) => d.veg) : dishes;
  return (
    <section>
      <h3 onClick={() => setCollapsed(!collapsed)}>
        {category} <button onClick={() => setCollapsed(!collapsed)}>{collapsed ? "show" : "hide"}</button>
      </h3>
      {collapsed ? null : visible.length === 0 ? (
        <p className="empty">Nothing here yet.</p>
      ) : (
        <ul>
          {visible.map((d) => (
            <li key={d.name}>
              {d.name}
              {d.veg && <span title="vegetarian"> 🌱</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export default function App() {
  const [vegOnly, setVegOnly] = useState(false);
  return (
    <div>
      <label>
        <input type="checkbox" checked={vegOnly} onChange={() => setVegOnly((v) => !v)} /> Vegetarian only
      </label>
      {menu.map((group) => (
        <Category key={group.category} {...group} vegOnly={vegOnly} />
      ))}
    </div>
  );
}

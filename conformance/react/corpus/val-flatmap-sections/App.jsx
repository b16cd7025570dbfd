import { useState } from "react";

const menu = [
  { section: "Starters", dishes: ["Soup of the day", "Bruschetta"] },
  { section: "Mains", dishes: ["Risotto", "Grilled trout", "Lentil stew"] },
  { section: "Desserts", dishes: ["Panna cotta"] },
];

export default function App() {
  const [collapsed, setCollapsed] = useState([]);
  const [vegOnly, setVegOnly] = useState(false);

  const rows = menu.flatMap(({ section, dishes }) => {
    const isClosed = collapsed.includes(section);
    const shown = vegOnly ? dishes.filter((d) => !d.includes("trout")) : dishes;
    const header = { type: "header", id: section, text: `${section} (${shown.length})` };
    return isClosed ? [header] : [header, ...shown.map((d) => ({ type: "dish", id: `${section}/${d}`, text: d }))];
  });

  const toggle = (section) =>
    setCollapsed((c) => (c.includes(section) ? c.filter((s) => s !== section) : [...c, section]));

  return (
    <div>
      <label>
        <input type="checkbox" checked={vegOnly} onChange={(e) => setVegOnly(e.target.checked)} /> Vegetarian
      </label>
      {menu.map(({ section }) => (
        <button key={section} onClick={() => toggle(section)}>
          {collapsed.includes(section) ? "Show" : "Hide"} {section.toLowerCase()}
        </button>
      ))}
      <ul>
        {rows.map((row) =>
          row.type === "header" ? (
            <li key={row.id} className="header">
              <h4>{row.text}</h4>
            </li>
          ) : (
            <li key={row.id}>{row.text}</li>
          )
        )}
      </ul>
      <p>{rows.filter((r) => r.type === "dish").length} dishes visible</p>
    </div>
  );
}

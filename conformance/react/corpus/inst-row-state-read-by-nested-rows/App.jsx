import { useState } from "react";

// A category's `picks` is read by the buttons of its item rows (a list inside its row) and by
// the section's own click handler as the click bubbles: React gives both the render's value,
// so one click counts once.
function Category({ name, items }) {
  const [picks, setPicks] = useState(0);
  const [last, setLast] = useState("none");
  return (
    <section onClick={() => setPicks(picks + 1)}>
      <h3>{name}: {picks} picks, last {last}</h3>
      <ul>
        {items.map((item) => (
          <li key={item}>
            <button onClick={() => { setPicks(picks + 1); setLast(item + " after " + picks); }}>{item}</button>
          </li>
        ))}
      </ul>
    </section>
  );
}

export default function App() {
  const menu = [
    { name: "Fruit", items: ["apple", "pear"] },
    { name: "Bread", items: ["rye"] },
  ];
  return (
    <div>
      {menu.map((c) => <Category key={c.name} name={c.name} items={c.items} />)}
    </div>
  );
}

// A recursive component through a second one (Menu → MenuItem → Menu), its first level held
// by the rows of another list: every level is a row of Menu's list, with its own state, the
// level passed down and a callback handed through unchanged.
import { useState } from "react";

type Item = { id: number; parent: number; label: string };

function MenuItem({ item, items, onPick, level }: { item: Item; items: Item[]; onPick: (l: string) => void; level: number }) {
  const [open, setOpen] = useState(false);
  const hasChildren = items.some((x) => x.parent === item.id);
  return (
    <li>
      <button onClick={() => (hasChildren ? setOpen(!open) : onPick(item.label + level))}>
        {item.label}
        {hasChildren && (open ? " ▲" : " ▼")}
      </button>
      {hasChildren && open && <Menu parent={item.id} items={items} onPick={onPick} level={level + 1} />}
    </li>
  );
}

function Menu({ parent, items, onPick, level }: { parent: number; items: Item[]; onPick: (l: string) => void; level: number }) {
  return (
    <ul className="menu">
      {items.filter((x) => x.parent === parent).map((item) => (
        <MenuItem key={item.id} item={item} items={items} onPick={onPick} level={level} />
      ))}
    </ul>
  );
}

export default function App() {
  const [picked, setPicked] = useState("");
  const [items, setItems] = useState<Item[]>([
    { id: 1, parent: 0, label: "Home" },
    { id: 2, parent: 0, label: "Products" },
    { id: 3, parent: 2, label: "Laptops" },
    { id: 4, parent: 3, label: "13 inch" },
    { id: 5, parent: 2, label: "Phones" },
  ]);
  return (
    <div>
      <button id="more" onClick={() => setItems([...items, { id: items.length + 1, parent: 3, label: "x" + items.length }])}>more</button>
      {[0, 2].map((root) => (
        <section key={root}>
          <Menu parent={root} items={items} onPick={setPicked} level={0} />
        </section>
      ))}
      <p>{picked ? `You picked ${picked}` : "Pick something"}</p>
    </div>
  );
}

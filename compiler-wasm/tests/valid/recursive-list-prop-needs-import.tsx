// A fuzz finding (panic "import was scanned"): a recursive list's props are evaluated for its
// rows at every level, and the host imports they need (`**` is the host's `Math.pow`) were not
// collected from them.
import { useState } from "react";

type Item = { id: number; parent: number; label: string };

function Node({ item, items, level }: { item: Item; items: Item[]; level: number }) {
  const [open, setOpen] = useState(true);
  return (
    <li>
      <button onClick={() => setOpen(!open)}>
        {item.label} {level}
      </button>
      {open && <Tree parent={item.id} items={items} level={level ** 2 + 1} />}
    </li>
  );
}

function Tree({ parent, items, level }: { parent: number; items: Item[]; level: number }) {
  return (
    <ul>
      {items.filter((x) => x.parent === parent).map((item) => (
        <Node key={item.id} item={item} items={items} level={level} />
      ))}
    </ul>
  );
}

export default function App() {
  const [items] = useState<Item[]>([
    { id: 1, parent: 0, label: "a" },
    { id: 2, parent: 1, label: "b" },
  ]);
  return <Tree parent={0} items={items} level={1} />;
}

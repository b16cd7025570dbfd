// A child's handler sees the props of the render that created it: after `onRename()` asks the
// parent to replace the item, `initial.name` (derived in the parent with `items.find`) is still
// the old name in this click, so the button shows "old".
import { useState } from "react";

interface Item {
  id: number;
  name: string;
}

function Child({ initial, onRename }: { initial: Item; onRename: () => void }) {
  const [label, setLabel] = useState("-");
  return (
    <button
      onClick={() => {
        onRename();
        setLabel(initial.name);
      }}
    >
      {label}
    </button>
  );
}

export default function App() {
  const [items, setItems] = useState<Item[]>([{ id: 0, name: "old" }]);
  const picked = items.find((c) => c.id === 0)!;
  return (
    <div>
      <Child initial={picked} onRename={() => setItems([{ id: 0, name: "new" }])} />
    </div>
  );
}

// expect: DX0111 at 11:8
import { useState } from "react";
// The rows of a recursive component's list read its state: at every depth they would read
// the first level's, so this is refused (pass it down as a prop instead).
type Item = { id: number; parent: number };

function Node({ id, items }: { id: number; items: Item[] }) {
  const [marked, setMarked] = useState(false);
  return (
    <ul onClick={() => setMarked(!marked)}>
      {items.filter((x) => x.parent === id).map((x) => (
        <li key={x.id}>
          {marked ? "*" : ""}
          <Node id={x.id} items={items} />
        </li>
      ))}
    </ul>
  );
}

export default function App() {
  return <Node id={0} items={[{ id: 1, parent: 0 }, { id: 2, parent: 1 }]} />;
}

// expect: DX0306 at 8:12
import { useState } from "dx";
export default function App() {
  const [items, setItems] = useState<number[]>([1, 2, 3]);
  return (
    <div>
      <button id="add" onClick={() => setItems([...items, items.length + 1])}>add</button>
      <ul>{items.map((i) => <li key={i}>item {i}</li>)}</ul>
    </div>
  );
}

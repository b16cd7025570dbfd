import { memo, useCallback, useRef, useState } from "react";

const ItemRow = memo(function ItemRow({ item, onRemove }) {
  const renders = useRef(0);
  renders.current += 1;
  return (
    <li>
      {item} <small>(rendered {renders.current}×)</small>
      <button onClick={() => onRemove(item)}>remove</button>
    </li>
  );
});

export default function App() {
  const [items, setItems] = useState(["milk", "eggs", "flour"]);
  const [note, setNote] = useState("");
  const [useStable, setUseStable] = useState(true);

  const stableRemove = useCallback((item) => {
    setItems((prev) => prev.filter((x) => x !== item));
  }, []);
  const unstableRemove = (item) => setItems((prev) => prev.filter((x) => x !== item));

  return (
    <div>
      <input value={note} onChange={(e) => setNote(e.target.value)} placeholder="note (re-renders parent)" />
      <label>
        <input type="checkbox" checked={useStable} onChange={(e) => setUseStable(e.target.checked)} />
        useCallback handler
      </label>
      <ul>
        {items.map((item) => (
          <ItemRow key={item} item={item} onRemove={useStable ? stableRemove : unstableRemove} />
        ))}
      </ul>
      <p>Note: {note}</p>
    </div>
  );
}

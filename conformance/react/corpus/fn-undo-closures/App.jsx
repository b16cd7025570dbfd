import { useState } from "react";

export default function App() {
  const [items, setItems] = useState(["bread"]);
  const [undoStack, setUndoStack] = useState([]);
  const [draft, setDraft] = useState("");

  function perform(doIt, undoIt, label) {
    doIt();
    setUndoStack((stack) => [...stack, { label, undo: undoIt }]);
  }

  function add() {
    const value = draft.trim() || `item ${items.length + 1}`;
    perform(
      () => setItems((list) => [...list, value]),
      () => setItems((list) => list.filter((x, i) => !(x === value && i === list.lastIndexOf(value)))),
      `add ${value}`
    );
    setDraft("");
  }

  function removeFirst() {
    if (!items.length) return;
    const first = items[0];
    perform(
      () => setItems((list) => list.slice(1)),
      () => setItems((list) => [first, ...list]),
      `remove ${first}`
    );
  }

  function undo() {
    const last = undoStack[undoStack.length - 1];
    if (!last) return;
    last.undo();
    setUndoStack(undoStack.slice(0, -1));
  }

  return (
    <div>
      <input value={draft} onChange={(e) => setDraft(e.target.value)} placeholder="Item" />
      <button onClick={add}>Add</button>
      <button onClick={removeFirst}>Remove first</button>
      <button onClick={undo} disabled={!undoStack.length}>
        Undo {undoStack.length ? `"${undoStack[undoStack.length - 1].label}"` : ""}
      </button>
      <ul>
        {items.map((it, i) => (
          <li key={i}>{it}</li>
        ))}
      </ul>
    </div>
  );
}

import { useState } from "react";

type Item = { id: number; name: string; editable: boolean };

function Editor({ initial, onSave }: { initial: string; onSave: (text: string) => void }) {
  const [text, setText] = useState(initial);
  const [edits, setEdits] = useState(0);
  return (
    <span className="editor">
      <input value={text} onChange={(e) => { setText(e.target.value); setEdits(edits + 1); }} />
      <button className="save" onClick={() => onSave(text)}>Save</button>
      <small> {edits} edits</small>
    </span>
  );
}

export default function App() {
  const [items, setItems] = useState<Item[]>([
    { id: 1, name: "alpha", editable: false },
    { id: 2, name: "beta", editable: true },
    { id: 3, name: "gamma", editable: false },
  ]);

  function toggle(id: number) {
    setItems(items.map((i) => (i.id === id ? { ...i, editable: !i.editable } : i)));
  }

  function save(id: number, name: string) {
    setItems(items.map((i) => (i.id === id ? { ...i, name, editable: false } : i)));
  }

  return (
    <ul>
      {items.map((item) => (
        <li key={item.id}>
          {item.editable ? (
            <Editor initial={item.name} onSave={(text) => save(item.id, text)} />
          ) : (
            <span className="name">{item.name}</span>
          )}
          <button className="toggle" onClick={() => toggle(item.id)}>
            {item.editable ? "Cancel" : "Edit"}
          </button>
        </li>
      ))}
    </ul>
  );
}

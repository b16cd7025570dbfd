import { useState } from "dx";

type Item = { id: number; text: string; done: boolean; note: string };

// List rows with conditional markup: each row shows or hides parts of itself (a struck-out
// title, a note, a remove button) as its item or the app's state changes.
export default function Checklist() {
  const [items, setItems] = useState<Item[]>([
    { id: 1, text: "Pack the tent", done: true, note: "" },
    { id: 2, text: "Buy food", done: false, note: "for three days" },
    { id: 3, text: "Check the weather", done: false, note: "" },
  ]);
  const [notes, setNotes] = useState(true);
  const toggle = (id: number) =>
    setItems(items.map((i) => (i.id === id ? { ...i, done: !i.done } : i)));
  const remove = (id: number) => setItems(items.filter((i) => i.id !== id));
  return (
    <div>
      <button id="notes" onClick={() => setNotes(!notes)}>{notes ? "Hide" : "Show"} notes</button>
      <ul id="items">
        {items.map((item) => (
          <li key={item.id}>
            {item.done ? <s>{item.text}</s> : <span>{item.text}</span>}
            {notes && item.note !== "" && <small> ({item.note})</small>}
            <button class="toggle" onClick={() => toggle(item.id)}>{item.done ? "Undo" : "Done"}</button>
            {item.done && <button class="remove" onClick={() => remove(item.id)}>Remove</button>}
          </li>
        ))}
      </ul>
    </div>
  );
}

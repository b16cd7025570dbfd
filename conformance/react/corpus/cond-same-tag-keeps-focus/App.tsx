import { useState } from "react";

// Both arms render a <div> with a button at the same place: React keeps the div and the
// button (which stays focused after the click), and replaces only the first child.
export default function App() {
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState("Groceries");
  const [draft, setDraft] = useState(title);

  return (
    <section>
      {editing ? (
        <div className="row editing">
          <input value={draft} onChange={(e) => setDraft(e.target.value)} />
          <button onClick={() => { setTitle(draft); setEditing(false); }}>Save</button>
          <button onClick={() => setEditing(false)}>Cancel</button>
        </div>
      ) : (
        <div className="row" title="click Edit to rename">
          <span>{title}</span>
          <button onClick={() => { setDraft(title); setEditing(true); }}>Edit</button>
        </div>
      )}
      <p>Title: {title}</p>
    </section>
  );
}

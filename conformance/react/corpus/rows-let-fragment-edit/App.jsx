import { useState } from "react";

// A row's content kept in a render-time `let`: a fragment of text and a button, or of an input
// and a button. React matches the two fragments by position, so the button at the same place
// is the same element and keeps the focus when the row switches between the two.
function Note({ note, onChange }) {
  const [editing, setEditing] = useState(false);
  let content;
  if (editing) {
    content = (
      <>
        <input value={note.text} onChange={(e) => onChange({ ...note, text: e.target.value })} />
        <button onClick={() => setEditing(false)}>Save</button>
      </>
    );
  } else {
    content = (
      <>
        {note.text}
        <button onClick={() => setEditing(true)}>Edit</button>
      </>
    );
  }
  return <label>{content}</label>;
}

export default function App() {
  const [notes, setNotes] = useState([
    { id: 1, text: "Buy stamps" },
    { id: 2, text: "Call Ana" },
  ]);
  return (
    <ul>
      {notes.map((n) => (
        <li key={n.id}>
          <Note note={n} onChange={(next) => setNotes(notes.map((x) => (x.id === next.id ? next : x)))} />
        </li>
      ))}
    </ul>
  );
}

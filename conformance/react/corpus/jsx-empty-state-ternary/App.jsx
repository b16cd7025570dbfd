import { useState } from "react";

function EmptyState({ title, hint, action }) {
  return (
    <div className="empty">
      <h4>{title}</h4>
      <p>{hint}</p>
      {action}
    </div>
  );
}

const sampleNotes = ["Buy stamps", "Email landlord", "Book dentist"];

export default function App() {
  const [notes, setNotes] = useState([]);
  const [archived, setArchived] = useState([]);

  const restore = () => setNotes(sampleNotes);

  return (
    <div>
      <h3>Notes</h3>
      {notes.length === 0 ? (
        <EmptyState title="No notes" hint="Notes you write appear here." action={<button onClick={restore}>Load examples</button>} />
      ) : (
        <ul>
          {notes.map((n) => (
            <li key={n}>
              {n}{" "}
              <button
                onClick={() => {
                  setNotes(notes.filter((x) => x !== n));
                  setArchived([...archived, n]);
                }}
              >
                Archive
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>Archive</h3>
      {archived.length ? <p>{archived.join(" · ")}</p> : <p className="muted">Nothing archived.</p>}
    </div>
  );
}

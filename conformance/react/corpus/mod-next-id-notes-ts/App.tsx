import { useState } from "react";

interface Note {
  id: number;
  text: string;
  pinned: boolean;
}

let nextNoteId = 1;

function createNote(text: string, pinned = false): Note {
  return { id: nextNoteId++, text, pinned };
}

const INITIAL: Note[] = [createNote("Pick up dry cleaning"), createNote("Ideas for the party", true)];

export default function App() {
  const [notes, setNotes] = useState<Note[]>(INITIAL);
  const [draft, setDraft] = useState("");

  const add = () => {
    if (!draft.trim()) return;
    setNotes([createNote(draft.trim()), ...notes]);
    setDraft("");
  };

  const sorted = [...notes].sort((a, b) => Number(b.pinned) - Number(a.pinned) || b.id - a.id);

  return (
    <div>
      <textarea value={draft} onChange={(e) => setDraft(e.target.value)} placeholder="New note" />
      <button onClick={add}>Save note</button>
      <ul>
        {sorted.map((n) => (
          <li key={n.id}>
            {n.pinned && "📌 "}
            {n.text} <small>#{n.id}</small>
            <button onClick={() => setNotes(notes.map((x) => (x.id === n.id ? { ...x, pinned: !x.pinned } : x)))}>
              {n.pinned ? "Unpin" : "Pin"}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

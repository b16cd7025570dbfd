import { useState } from "react";

// Both lists start from the same objects; toggling copies the array but keeps the items,
// so a change made through one list shows in the other when the component re-renders.
const startingBooks = [
  { id: 1, title: "Dune", read: false },
  { id: 2, title: "Emma", read: true },
  { id: 3, title: "Ubik", read: false },
];

export default function App() {
  const [mine, setMine] = useState(startingBooks);
  const [friends, setFriends] = useState(startingBooks);
  const [renders, setRenders] = useState(0);

  function toggleMine(id) {
    const next = [...mine];
    const book = next.find((b) => b.id === id);
    book.read = !book.read;
    setMine(next);
  }

  function markAllSilently() {
    for (const book of friends) {
      book.read = true;
    }
  }

  return (
    <div>
      <h3>Mine</h3>
      <ul>
        {mine.map((b) => (
          <li key={b.id}>
            <label>
              <input type="checkbox" checked={b.read} onChange={() => toggleMine(b.id)} />
              {b.title}
            </label>
          </li>
        ))}
      </ul>
      <h3>Friend's</h3>
      <ol>
        {friends.map((b) => (
          <li key={b.id}>
            {b.title}: {b.read ? "read" : "unread"}
          </li>
        ))}
      </ol>
      <button onClick={markAllSilently}>Mark all read (no setter)</button>
      <button onClick={() => setRenders(renders + 1)}>Re-render ({renders})</button>
    </div>
  );
}

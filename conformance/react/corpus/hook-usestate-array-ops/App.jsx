import { useState } from "react";

let nextId = 4;

export default function App() {
  const [artists, setArtists] = useState([
    { id: 1, name: "Marta Colvin", votes: 0 },
    { id: 2, name: "Lamidi Fakeye", votes: 0 },
    { id: 3, name: "Louise Nevelson", votes: 0 },
  ]);
  const [name, setName] = useState("");

  function insertAt(index) {
    const inserted = { id: nextId++, name: name || `Artist ${nextId - 1}`, votes: 0 };
    setArtists([...artists.slice(0, index), inserted, ...artists.slice(index)]);
    setName("");
  }

  return (
    <div>
      <input value={name} onChange={(e) => setName(e.target.value)} />
      <button onClick={() => insertAt(0)}>Insert first</button>
      <button onClick={() => insertAt(1)}>Insert second</button>
      <button onClick={() => setArtists([...artists].sort((a, b) => b.votes - a.votes || a.name.localeCompare(b.name)))}>
        Sort by votes
      </button>
      <button onClick={() => setArtists(artists.map((a) => ({ ...a, votes: 0 })))}>Zero votes</button>
      <ul>
        {artists.map((a) => (
          <li key={a.id}>
            {a.name} ({a.votes})
            <button onClick={() => setArtists(artists.map((x) => (x.id === a.id ? { ...x, votes: x.votes + 1 } : x)))}>
              vote
            </button>
            <button onClick={() => setArtists(artists.filter((x) => x.id !== a.id))}>delete</button>
          </li>
        ))}
      </ul>
    </div>
  );
}

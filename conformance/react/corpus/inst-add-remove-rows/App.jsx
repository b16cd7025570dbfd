import { useState } from "react";

function Guest({ guest, onRemove }) {
  const [rsvp, setRsvp] = useState("pending");
  return (
    <li className={"guest " + rsvp}>
      {guest.name}
      <select value={rsvp} onChange={(e) => setRsvp(e.target.value)}>
        <option value="pending">Pending</option>
        <option value="yes">Coming</option>
        <option value="no">Not coming</option>
      </select>
      <button onClick={() => onRemove(guest.id)}>Remove</button>
    </li>
  );
}

let nextId = 3;

export default function App() {
  const [guests, setGuests] = useState([
    { id: 1, name: "Olu" },
    { id: 2, name: "Bea" },
  ]);
  const [name, setName] = useState("");

  function addGuest() {
    setGuests([{ id: nextId++, name: name || `Guest ${nextId - 1}` }, ...guests]);
    setName("");
  }

  return (
    <div>
      <input value={name} onChange={(e) => setName(e.target.value)} placeholder="Name" />
      <button onClick={addGuest}>Add to top</button>
      <ul>
        {guests.map((g) => (
          <Guest key={g.id} guest={g} onRemove={(id) => setGuests(guests.filter((x) => x.id !== id))} />
        ))}
      </ul>
      <p>{guests.length} guests invited</p>
    </div>
  );
}

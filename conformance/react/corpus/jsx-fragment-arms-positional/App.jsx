import { useState } from "react";

export default function App() {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState("Robin");

  function save() {
    setEditing(false);
  }

  return (
    <div className="profile">
      {editing ? (
        <>
          <input value={name} onChange={(e) => setName(e.target.value)} />
          <button className="primary" onClick={save}>Save</button>
        </>
      ) : (
        <>
          <span>{name}</span>
          <button className="primary" onClick={() => setEditing(true)}>Edit</button>
        </>
      )}
      <p>{editing ? "editing" : "viewing"}</p>
    </div>
  );
}

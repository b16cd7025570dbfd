import { useState } from "react";

function NoteInput({ label }) {
  const [text, setText] = useState("");
  return (
    <label className="note">
      {label}: <input value={text} onChange={(e) => setText(e.target.value)} />
      <span>{text.length} chars</span>
    </label>
  );
}

const seed = [
  { id: 101, label: "Monday" },
  { id: 102, label: "Tuesday" },
  { id: 103, label: "Wednesday" },
];

export default function App() {
  const [days, setDays] = useState(seed);

  return (
    <div>
      <button onClick={() => setDays(days.slice(1))}>Remove first day</button>
      <button onClick={() => setDays(seed)}>Restore</button>
      <div className="cols">
        <div>
          <h4>key = index</h4>
          {days.map((d, index) => (
            <NoteInput key={index} label={d.label} />
          ))}
        </div>
        <div>
          <h4>key = id</h4>
          {days.map((d) => (
            <NoteInput key={d.id} label={d.label} />
          ))}
        </div>
      </div>
    </div>
  );
}

import { useEffect, useState } from "react";

export default function App() {
  const [first, setFirst] = useState("Grace");
  const [last, setLast] = useState("Hopper");
  const [fullName, setFullName] = useState("");
  const [initials, setInitials] = useState("");
  const [effectRuns, setEffectRuns] = useState(0);

  useEffect(() => {
    setFullName(`${first} ${last}`.trim());
    setEffectRuns((n) => n + 1);
  }, [first, last]);

  useEffect(() => {
    setInitials(
      fullName
        .split(" ")
        .filter(Boolean)
        .map((w) => w[0].toUpperCase())
        .join("")
    );
  }, [fullName]);

  return (
    <div>
      <input value={first} onChange={(e) => setFirst(e.target.value)} />
      <input value={last} onChange={(e) => setLast(e.target.value)} />
      <button onClick={() => { setFirst(""); setLast(""); }}>Clear</button>
      <button onClick={() => { setFirst("Ada"); setLast("Lovelace"); }}>Ada</button>
      <h3>
        {fullName || "(no name)"} <span className="avatar">{initials}</span>
      </h3>
      <small>name effect ran {effectRuns} times</small>
    </div>
  );
}

// Controlled fields stay on their state: a fixed value, a handler that filters what is typed,
// a checkbox and a select whose handlers refuse some changes.
import { useState } from "react";

export default function Settings() {
  const [digits, setDigits] = useState("12");
  const [locked, setLocked] = useState(true);
  const [agree, setAgree] = useState(false);
  const [size, setSize] = useState("m");
  return (
    <form>
      <input className="fixed" value="read only" onChange={() => {}} />
      <input className="digits" value={digits} onChange={(e) => { if (e.target.value.length <= 4) setDigits(e.target.value); }} />
      <label>
        <input type="checkbox" checked={agree} onChange={(e) => { if (!locked) setAgree(e.target.checked); }} />
        agree
      </label>
      <select value={size} onChange={(e) => { if (e.target.value !== "xl") setSize(e.target.value); }}>
        <option value="s">S</option>
        <option value="m">M</option>
        <option value="xl">XL</option>
      </select>
      <button type="button" onClick={() => setLocked(!locked)}>{locked ? "unlock" : "lock"}</button>
      <p>{digits} {String(agree)} {size} {locked ? "locked" : "open"}</p>
    </form>
  );
}

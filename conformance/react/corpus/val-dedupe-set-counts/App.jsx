import { useState } from "react";

const sources = {
  Monday: ["eggs", "milk", "bread"],
  Tuesday: ["milk", "apples", "eggs"],
  Wednesday: ["coffee", "milk"],
};

export default function App() {
  const [days, setDays] = useState(["Monday"]);

  const combined = days.flatMap((d) => sources[d]);
  const unique = [...new Set(combined)];
  const counts = new Map();
  combined.forEach((item) => counts.set(item, (counts.get(item) || 0) + 1));
  const repeated = unique.filter((item) => counts.get(item) > 1);

  function toggleDay(day) {
    setDays(days.includes(day) ? days.filter((d) => d !== day) : [...days, day]);
  }

  return (
    <div>
      {Object.keys(sources).map((day) => (
        <button key={day} onClick={() => toggleDay(day)} className={days.includes(day) ? "on" : "off"}>
          {day}
        </button>
      ))}
      <p>
        {combined.length} entries, {unique.length} unique
      </p>
      <ul>
        {unique.map((item) => (
          <li key={item}>
            {item}
            {counts.get(item) > 1 && <em> ×{counts.get(item)}</em>}
          </li>
        ))}
      </ul>
      {repeated.length > 0 ? <p>Buy in bulk: {repeated.join(", ")}</p> : <p>No repeats.</p>}
    </div>
  );
}

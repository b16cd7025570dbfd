import { useState } from "react";

const initialShifts = new Map([
  ["Mon", "Alex"],
  ["Tue", "Sam"],
  ["Wed", null],
]);

const volunteers = ["Alex", "Sam", "Kim"];
const days = ["Mon", "Tue", "Wed", "Thu", "Fri"];

export default function App() {
  const [shifts, setShifts] = useState(initialShifts);

  function assign(day) {
    const current = shifts.get(day);
    const nextIndex = current == null ? 0 : volunteers.indexOf(current) + 1;
    const next = new Map(shifts);
    next.set(day, volunteers[nextIndex] ?? null);
    setShifts(next);
  }

  function unschedule(day) {
    setShifts((prev) => {
      const next = new Map(prev);
      next.delete(day);
      return next;
    });
  }

  const open = [...shifts.entries()].filter(([, who]) => !who).map(([day]) => day);
  const perPerson = volunteers.map((v) => [v, [...shifts.values()].filter((w) => w === v).length]);

  return (
    <div>
      {days.map((day) => (
        <div key={day}>
          <button onClick={() => assign(day)}>{day}</button>
          <span> {shifts.has(day) ? shifts.get(day) ?? "open" : "not scheduled"}</span>
          {shifts.has(day) && <button onClick={() => unschedule(day)}>×</button>}
        </div>
      ))}
      <p>Scheduled days ({shifts.size}): {[...shifts.keys()].join(", ")}</p>
      <p>Open: {open.length ? open.join(", ") : "none"}</p>
      <ul>
        {perPerson.map(([name, count]) => (
          <li key={name}>
            {name}: {count}
          </li>
        ))}
      </ul>
    </div>
  );
}

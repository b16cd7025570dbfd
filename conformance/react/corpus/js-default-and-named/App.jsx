import { useState } from "react";
import MonthGrid, { WEEKDAYS } from "./MonthGrid.jsx";

const months = [
  { title: "February", firstWeekday: 3, dayCount: 28 },
  { title: "March", firstWeekday: 3, dayCount: 31 },
];

export default function App() {
  const [monthIndex, setMonthIndex] = useState(0);
  const [marked, setMarked] = useState([14]);
  const month = months[monthIndex];

  const toggle = (day) => setMarked((m) => (m.includes(day) ? m.filter((d) => d !== day) : [...m, day].sort((a, b) => a - b)));

  return (
    <div>
      <button onClick={() => setMonthIndex((i) => (i + 1) % months.length)}>Next month</button>
      <MonthGrid {...month} marked={marked} onPick={toggle} />
      <p>
        Marked: {marked.length ? marked.map((d) => `${WEEKDAYS[(month.firstWeekday + d - 1) % 7]} ${d}`).join(", ") : "none"}
      </p>
    </div>
  );
}

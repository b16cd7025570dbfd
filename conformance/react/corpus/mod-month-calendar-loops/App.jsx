import { useState } from "react";

const MONTHS = [
  { name: "April", days: 30, startsOn: 1 },
  { name: "May", days: 31, startsOn: 3 },
  { name: "June", days: 30, startsOn: 6 },
];
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const HOLIDAYS = { April: [18], May: [1, 27], June: [] };

export default function App() {
  const [m, setM] = useState(0);
  const [picked, setPicked] = useState(null);
  const month = MONTHS[m];

  const weeks = [];
  let week = [];
  for (let blank = 0; blank < month.startsOn; blank++) week.push(null);
  for (let day = 1; day <= month.days; day++) {
    week.push(day);
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length) {
    while (week.length < 7) week.push(null);
    weeks.push(week);
  }

  return (
    <div>
      <button onClick={() => { setM((m + MONTHS.length - 1) % MONTHS.length); setPicked(null); }}>‹</button>
      <strong> {month.name} </strong>
      <button onClick={() => { setM((m + 1) % MONTHS.length); setPicked(null); }}>›</button>
      <table>
        <thead>
          <tr>
            {WEEKDAYS.map((d) => (
              <th key={d}>{d}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((w, i) => (
            <tr key={i}>
              {w.map((day, j) => (
                <td key={j} onClick={() => day && setPicked(day)} className={HOLIDAYS[month.name].includes(day) ? "holiday" : undefined}>
                  {day === picked ? <b>[{day}]</b> : day}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p>{picked ? `${WEEKDAYS[(month.startsOn + picked - 1) % 7]} ${picked} ${month.name}` : "Pick a day"}</p>
    </div>
  );
}

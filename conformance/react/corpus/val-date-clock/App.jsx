import { useEffect, useState } from "react";

// Dates as React code uses them: now, a ticking clock, getters, locale text, arithmetic on
// time values, a date from parts and from a string.
function pad(n) {
  return String(n).padStart(2, "0");
}

export default function App() {
  const [now, setNow] = useState(() => new Date());
  const [start] = useState(() => new Date());
  const [shift, setShift] = useState(0);

  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(id);
  }, []);

  const shown = new Date(now.getTime() + shift * 3600000);
  const launch = new Date(2030, 0, 15, 9, 30);
  const parsed = new Date("2024-02-29T12:00:00Z");
  const days = Math.round((launch - shown) / 86400000);

  return (
    <div>
      <p className="clock">{pad(shown.getHours())}:{pad(shown.getMinutes())}:{pad(shown.getSeconds())}</p>
      <p>{shown.toLocaleDateString("en-US")} {shown.toLocaleTimeString("en-US")}</p>
      <p>weekday {shown.getDay()}, month {shown.getMonth() + 1}, year {shown.getFullYear()}</p>
      <p>{days} days to launch on {launch.toDateString()}</p>
      <p>parsed {parsed.toISOString()} ({parsed.getUTCDate()})</p>
      <p>running for {Math.round((now - start) / 1000)} s</p>
      <button onClick={() => setShift(shift + 1)}>+1 h</button>
      <button onClick={() => setShift(shift - 25)}>-25 h</button>
    </div>
  );
}

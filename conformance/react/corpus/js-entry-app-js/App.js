import React from "react";

const forecast = [
  { day: "Mon", high: 21, low: 12, sky: "sunny" },
  { day: "Tue", high: 18, low: 11, sky: "cloudy" },
  { day: "Wed", high: 15, low: 9, sky: "rain" },
  { day: "Thu", high: 19, low: 10, sky: "sunny" },
];

const icons = { sunny: "☀️", cloudy: "☁️", rain: "🌧️" };

const toFahrenheit = (c) => Math.round((c * 9) / 5 + 32);

function Day({ day, high, low, sky, unit }) {
  const show = (t) => (unit === "C" ? `${t}°` : `${toFahrenheit(t)}°`);
  return (
    <li className={`day day-${sky}`}>
      <strong>{day}</strong> {icons[sky]} {show(high)} / {show(low)}
    </li>
  );
}

export default function App() {
  const [unit, setUnit] = React.useState("C");
  const [days, setDays] = React.useState(3);
  const shown = forecast.slice(0, days);
  const warmest = shown.reduce((a, b) => (b.high > a.high ? b : a));

  return (
    <section>
      <button onClick={() => setUnit(unit === "C" ? "F" : "C")}>Show °{unit === "C" ? "F" : "C"}</button>
      <button onClick={() => setDays(days === forecast.length ? 3 : forecast.length)}>
        {days === forecast.length ? "Fewer days" : "More days"}
      </button>
      <ul>
        {shown.map((d) => (
          <Day key={d.day} {...d} unit={unit} />
        ))}
      </ul>
      <p>Warmest: {warmest.day}</p>
    </section>
  );
}

import { useState } from "react";

type Weather = "clear" | "clouds" | "rain" | "snow" | "storm";

const SEQUENCE: Weather[] = ["clear", "clouds", "rain", "snow", "storm"];

export default function App() {
  const [index, setIndex] = useState(0);
  const [temp, setTemp] = useState(18);
  const weather = SEQUENCE[index];

  let label: string;
  let advice: string | null = null;
  switch (weather) {
    case "clear":
      label = "Sunny";
      if (temp > 25) advice = "Wear sunscreen";
      break;
    case "clouds":
      label = "Overcast";
      break;
    case "rain":
      label = "Rainy";
      advice = "Take an umbrella";
      break;
    case "snow":
      label = temp > 0 ? "Sleet" : "Snowy";
      advice = "Watch for ice";
      break;
    default:
      label = "Stormy";
      advice = "Stay inside";
  }

  let feel = "mild";
  if (temp < 5) feel = "cold";
  else if (temp > 25) feel = "hot";

  return (
    <div>
      <button onClick={() => setIndex((index + 1) % SEQUENCE.length)}>Change weather</button>
      <button onClick={() => setTemp(temp + 10)}>Warmer</button>
      <button onClick={() => setTemp(temp - 10)}>Colder</button>
      <h3>
        {label}, {temp}°C ({feel})
      </h3>
      {advice && <p>Tip: {advice}</p>}
    </div>
  );
}

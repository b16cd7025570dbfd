import { useState } from "react";

const allSteps = ["Preheat oven", "Mix dry ingredients", "Add eggs and milk", "Pour into tin", "Bake 35 minutes"];

export default function App() {
  const [count, setCount] = useState(3);
  const [current, setCurrent] = useState(0);
  const steps = allSteps.slice(0, count);

  return (
    <div>
      <button onClick={() => setCount(Math.min(allSteps.length, count + 1))}>Show another step</button>
      <button onClick={() => setCurrent((c) => (c + 1) % steps.length)}>Next step</button>
      <p>
        {steps.map((step, i) => (
          <span key={step}>
            <span style={{ fontWeight: i === current ? 700 : 400 }}>
              {i + 1}. {step}
            </span>
            {i < steps.length - 1 ? " → " : ""}
          </span>
        ))}
      </p>
      <p>
        {steps.map((s, i, arr) => (i === arr.length - 1 ? `and ${s.toLowerCase()}.` : `${s.toLowerCase()}, `))}
      </p>
      <ol start={current + 1}>
        {steps.slice(current).map((s, i) => (
          <li key={s} className={i === 0 ? "now" : "later"}>
            {s}
          </li>
        ))}
      </ol>
    </div>
  );
}

import { useState } from "react";

const STEPS = ["account", "shipping", "payment", "review"];

function renderStep(step, data) {
  switch (step) {
    case "account":
      return <p>Signed in as {data.email}</p>;
    case "shipping":
      return (
        <address>
          {data.street}
          <br />
          {data.city}
        </address>
      );
    case "payment":
      return <p>Card ending in {data.card.slice(-4)}</p>;
    case "review":
      return (
        <ul>
          <li>{data.email}</li>
          <li>{data.city}</li>
          <li>•••• {data.card.slice(-4)}</li>
        </ul>
      );
    default:
      return null;
  }
}

const data = { email: "lee@example.net", street: "4 Mill Lane", city: "York", card: "4000123412349876" };

export default function App() {
  const [index, setIndex] = useState(0);
  const step = STEPS[index];
  const isLast = index === STEPS.length - 1;

  return (
    <div className="wizard">
      <p>
        Step {index + 1} / {STEPS.length}: <b>{step}</b>
      </p>
      {renderStep(step, data)}
      <button onClick={() => setIndex(index - 1)} disabled={index === 0}>
        Back
      </button>
      <button onClick={() => setIndex(isLast ? 0 : index + 1)}>{isLast ? "Place order" : "Continue"}</button>
    </div>
  );
}

import { useState } from "react";

// Components that return text, a number, their children or a list kept in a variable.
function Price({ cents }) {
  if (cents === 0) return "free";
  return <b>{(cents / 100).toFixed(2)} €</b>;
}

function Count({ n }) {
  return n;
}

function Only({ when, children }) {
  if (!when) return null;
  return children;
}

function Stars({ n }) {
  const stars = [];
  for (let i = 0; i < n; i++) stars.push(<span key={i}>★</span>);
  return stars;
}

export default function App() {
  const [cents, setCents] = useState(0);
  const [rating, setRating] = useState(2);
  return (
    <div>
      <button onClick={() => setCents(cents === 0 ? 450 : 0)}>Toggle price</button>
      <button onClick={() => setRating((rating % 5) + 1)}>Rate</button>
      <p>
        Price: <Price cents={cents} /> · items: <Count n={rating * 3} />
      </p>
      <Only when={cents > 0}>
        <p>Paid plan</p>
      </Only>
      <p>
        <Stars n={rating} />
      </p>
    </div>
  );
}

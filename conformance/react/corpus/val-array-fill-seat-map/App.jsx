import { useState } from "react";

// Six seats start empty (`Array(6).fill(null)`); two guests take turns picking seats, every
// booking is kept so any earlier plan can be restored. The list of plans has no keys, as
// people often write it: React keys such rows by index.
function Seat({ label, onPick }) {
  return (
    <button className="seat" onClick={onPick}>
      {label ?? "free"}
    </button>
  );
}

function fullRow(seats) {
  for (const start of [0, 3]) {
    if (seats[start] && seats[start] === seats[start + 1] && seats[start] === seats[start + 2]) {
      return seats[start];
    }
  }
  return null;
}

export default function App() {
  const [plans, setPlans] = useState([Array(6).fill(null)]);
  const [current, setCurrent] = useState(0);
  const seats = plans[current];
  const guest = current % 2 === 0 ? "Ana" : "Bo";
  const rowOwner = fullRow(seats);

  function pick(i) {
    if (seats[i] || rowOwner) return;
    const next = seats.slice();
    next[i] = guest;
    setPlans([...plans.slice(0, current + 1), next]);
    setCurrent(current + 1);
  }

  const history = plans.map((plan, step) => {
    let label;
    if (step === 0) {
      label = "Empty hall";
    } else {
      label = "After booking " + step;
    }
    return (
      <li>
        <button onClick={() => setCurrent(step)}>{label}</button>
      </li>
    );
  });

  return (
    <div>
      <p>{rowOwner ? rowOwner + " has a whole row" : "Next: " + guest}</p>
      <div className="hall">
        {seats.map((s, i) => (
          <Seat key={i} label={s} onPick={() => pick(i)} />
        ))}
      </div>
      <ol>{history}</ol>
    </div>
  );
}

import { useState } from "react";

function Counter({ fancy }) {
  const [score, setScore] = useState(0);
  const [hover, setHover] = useState(false);
  let className = "counter";
  if (hover) className += " hover";
  if (fancy) className += " fancy";
  return (
    <div
      className={className}
      onPointerEnter={() => setHover(true)}
      onPointerLeave={() => setHover(false)}
    >
      <h1>{score}</h1>
      <button onClick={() => setScore(score + 1)}>Add one</button>
    </div>
  );
}

export default function App() {
  const [isFancy, setIsFancy] = useState(false);
  return (
    <div>
      {isFancy ? <Counter fancy={true} /> : <Counter fancy={false} />}
      <label>
        <input
          type="checkbox"
          checked={isFancy}
          onChange={(e) => setIsFancy(e.target.checked)}
        />
        Use fancy styling
      </label>
    </div>
  );
}

// expect: DX0306 at 19:25
// A timer runs outside any list row, so it cannot reach the state of a component rendered per row.
import { useState } from "dx";

function Row(props: { label: string }) {
  const [count, setCount] = useState(0);
  return (
    <li>
      {props.label} {count}
      <button onClick={() => setTimeout(() => setCount(count + 1), 100)}>later</button>
    </li>
  );
}

export default function App() {
  const [names] = useState(["a", "b"]);
  return (
    <ul>
      {names.map((n) => <Row key={n} label={n} />)}
    </ul>
  );
}

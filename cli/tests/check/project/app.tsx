// Compiles: a component with a named component and a function imported from modules.
import { useState } from "react";
import { Row } from "./components/row";
import { label } from "./lib/format";

export default function App() {
  const [n, setN] = useState(1);
  return (
    <div>
      <Row text={label(n)} />
      <button onClick={() => setN(n + 1)}>more</button>
    </div>
  );
}

// A function of the component that returns markup, called where markup is rendered: its body
// (an early return, a switch) renders in place and reads the component's state.
import { useState } from "react";

export default function App() {
  const [n, setN] = useState(0);
  function label(kind) {
    if (n > 2) return <strong>many</strong>;
    switch (kind) {
      case "a":
        return <em>a{n}</em>;
      default:
        return <span>{kind}</span>;
    }
  }
  return (
    <p>
      {label("a")} {label("b")}
      <button onClick={() => setN(n + 1)}>+</button>
    </p>
  );
}

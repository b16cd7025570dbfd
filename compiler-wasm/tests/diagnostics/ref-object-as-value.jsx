// expect: DX0202 at 11:20
// A value ref is a slot of its component: passing the ref object itself is not supported yet.
import { useRef } from "react";

function Log({ log }) {
  return <button onClick={() => log.current.push("x")}>log</button>;
}

export default function App() {
  const log = useRef([]);
  return <Log log={log} />;
}

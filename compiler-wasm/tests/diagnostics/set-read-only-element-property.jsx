// expect: DX0206 at 8:5
// An element's layout is measured, not set: `scrollHeight` is read-only in the DOM.
import { useRef } from "react";

export default function App() {
  const box = useRef(null);
  function grow() {
    box.current.scrollHeight = 10;
  }
  return <div ref={box} onClick={grow}>box</div>;
}

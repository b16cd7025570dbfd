// DOM properties and methods of element refs (were DX0202 "`x` is an element ref, not a
// value"): reads after this flush's edits are applied, writes, a style property, a method,
// and `if (ref.current)` as a test.
import { useLayoutEffect, useRef, useState } from "react";

export default function App() {
  const input = useRef(null);
  const area = useRef(null);
  const [text, setText] = useState("");
  const [names, setNames] = useState([]);
  useLayoutEffect(() => {
    if (area.current) area.current.style.height = area.current.scrollHeight + "px";
  }, [text]);
  function add() {
    setNames([...names, input.current.value.trim()]);
    input.current.value = "";
    input.current.select();
  }
  return (
    <div>
      <input ref={input} />
      <button onClick={add}>Add {names.length}</button>
      <textarea ref={area} value={text} onChange={(e) => setText(e.target.value)} />
    </div>
  );
}

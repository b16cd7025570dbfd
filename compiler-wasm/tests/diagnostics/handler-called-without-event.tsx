// expect: DX0208 at 8:13
// handleChange reads the event, but the click handler calls it without one.
import { useState } from "react";

export default function Mirror() {
  const [text, setText] = useState("");
  function handleChange(e) {
    setText(e.target.value);
  }
  return <button onClick={() => handleChange()}>Copy</button>;
}

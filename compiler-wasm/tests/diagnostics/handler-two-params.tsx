// expect: DX0401 at 7:16
// An event handler with an extra parameter the DOM never passes.
import { useState } from "react";

export default function Selector() {
  const [picked, setPicked] = useState("");
  const pick = (e, id) => setPicked(id);
  return <button onClick={pick}>{picked}</button>;
}

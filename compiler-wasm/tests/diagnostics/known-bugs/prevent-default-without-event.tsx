// expect: DX0205 at 8:5
// known bug: the error points at the component name `Form` (5:25) instead of the `e.preventDefault()` call (Stmt::PreventDefault has no span).
import { useState } from "react";

export default function Form() {
  const [sent, setSent] = useState(false);
  function submit(e) {
    e.preventDefault();
    setSent(true);
  }
  return <form onSubmit={() => submit()}><button>Send</button></form>;
}

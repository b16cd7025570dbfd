// expect: DX0205 at 8:5
// regression: was reported at the component name instead of the call (Stmt::PreventDefault had no span).
import { useState } from "react";

export default function Form() {
  const [sent, setSent] = useState(false);
  function submit(e) {
    e.preventDefault();
    setSent(true);
  }
  return <form onSubmit={() => submit()}><button>Send</button></form>;
}

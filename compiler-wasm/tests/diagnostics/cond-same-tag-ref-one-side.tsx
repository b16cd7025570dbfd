// expect: DX0301 at 9:17
// Both arms are an <input> at one place, so React keeps the field (its focus, its text), but
// only one arm gives it the ref: dx cannot merge the arms into one element, and swapping them
// would drop what was typed.
import { useRef, useState } from "react";
export default function App() {
  const [focusable, setFocusable] = useState(true);
  const field = useRef<HTMLInputElement>(null);
  return (<div>{focusable ? <input ref={field} /> : <input disabled />}
      <button onClick={() => setFocusable(!focusable)}>toggle</button>
      <button onClick={() => field.current!.focus()}>focus</button>
    </div>
  );
}

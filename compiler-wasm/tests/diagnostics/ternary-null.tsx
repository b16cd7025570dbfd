// expect: DX0202 at 7:51
// A common React idiom: render a number or nothing. `null` only works when the other branch is JSX.
import { useState } from "react";

export default function Unread() {
  const [count, setCount] = useState(0);
  return <span class="badge">{count > 0 ? count : null}</span>;
}

// expect: DX0303 at 7:27
// The setter would receive the click event as the new value.
import { useState } from "react";

export default function Menu() {
  const [open, setOpen] = useState(false);
  return <button onClick={setOpen}>{open ? "Close" : "Open"}</button>;
}

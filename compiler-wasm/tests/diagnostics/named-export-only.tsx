// expect: DX0101 at 5:17
// regression: DX0101 pointed at 1:1 although the only component is right here, lacking `default`.
import { useState } from "react";

export function Settings() {
  const [dark, setDark] = useState(false);
  return <button onClick={() => setDark(!dark)}>{dark ? "Dark" : "Light"}</button>;
}

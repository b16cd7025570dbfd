// expect: DX0101 at 5:17
// known bug: DX0101 points at 1:1, but the file's only component is right here and just lacks `default`.
import { useState } from "react";

export function Settings() {
  const [dark, setDark] = useState(false);
  return <button onClick={() => setDark(!dark)}>{dark ? "Dark" : "Light"}</button>;
}

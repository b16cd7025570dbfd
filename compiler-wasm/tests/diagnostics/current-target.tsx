// expect: DX0207 at 7:48
// The TypeScript-friendly currentTarget is not supported; e.target.value is.
import { useState } from "react";

export default function Search() {
  const [q, setQ] = useState("");
  return <input value={q} onInput={(e) => setQ(e.currentTarget.value)} />;
}

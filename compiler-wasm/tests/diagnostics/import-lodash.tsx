// expect: DX0104 at 4:22
// Third-party packages are not bundled.
import { useState } from "react";
import debounce from "lodash";

export default function Search() {
  const [query, setQuery] = useState("");
  return <input value={query} onInput={(e) => setQuery(e.target.value)} />;
}

// expect: DX0104 at 3:20
// Effects are not supported yet; the import itself is reported.
import { useState, useEffect } from "react";

export default function Title() {
  const [count, setCount] = useState(0);
  useEffect(() => {
    document.title = "Clicked " + count;
  });
  return <button onClick={() => setCount(count + 1)}>{count}</button>;
}

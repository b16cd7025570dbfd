// expect: DX0206 at 8:5
// Effects are supported, but writing `document.title` is not yet.
import { useState, useEffect } from "react";

export default function Title() {
  const [count, setCount] = useState(0);
  useEffect(() => {
    document.title = "Clicked " + count;
  });
  return <button onClick={() => setCount(count + 1)}>{count}</button>;
}

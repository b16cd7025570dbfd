// expect: DX0206 at 8:5
// Effects may set `document.title`; other parts of `document` (here the body's style) not yet.
import { useState, useEffect } from "react";

export default function Title() {
  const [dark, setDark] = useState(false);
  useEffect(() => {
    document.body.style.background = dark ? "black" : "white";
  });
  return <button onClick={() => setDark(!dark)}>{dark ? "light" : "dark"}</button>;
}

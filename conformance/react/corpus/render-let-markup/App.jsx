import { useState } from "react";

export default function Status() {
  const [state, setState] = useState("idle");
  let content;
  if (state === "loading") {
    content = <p className="spinner">Loading…</p>;
  } else if (state === "done") {
    content = <p>Done!</p>;
  }
  const footer = <footer>state: {state}</footer>;
  return (
    <div>
      <button onClick={() => setState("loading")}>load</button>
      <button onClick={() => setState("done")}>finish</button>
      <button onClick={() => setState("idle")}>reset</button>
      {content}
      {footer}
    </div>
  );
}

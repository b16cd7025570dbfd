import { useState } from "react";

function Toolbar({ onAction }) {
  return [
    <button key="cut" onClick={() => onAction("cut")}>
      Cut
    </button>,
    <button key="copy" onClick={() => onAction("copy")}>
      Copy
    </button>,
    " ",
    <span key="hint">(toolbar returns an array)</span>,
  ];
}

export default function App() {
  const [expanded, setExpanded] = useState(false);
  const [lastAction, setLastAction] = useState(null);

  const baseItems = [<li key="one">One</li>, <li key="two">Two</li>];
  const extraItems = expanded ? [<li key="three">Three</li>, <li key="four">Four</li>] : [];

  const mixed = ["Last action: ", <em key="em">{lastAction ?? "none"}</em>, ", count ", 42, null, <strong key="s">!</strong>];

  return (
    <div>
      <Toolbar onAction={setLastAction} />
      <button onClick={() => setExpanded(!expanded)}>{expanded ? "Collapse" : "Expand"}</button>
      <ul>{[...baseItems, ...extraItems]}</ul>
      <p>{mixed}</p>
      <p>{[[1, 2], [3, [4, 5]]]}</p>
      <p>{expanded ? ["a", "b", "c"] : "abc"}</p>
    </div>
  );
}

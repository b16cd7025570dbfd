import { useState } from "react";

// Each row counts clicks in state it never renders; "report" shows the count. React re-renders
// after every set, so the next click's handler reads the new count.
function Row({ label }) {
  const [n, setN] = useState(0);
  const [report, setReport] = useState("");
  return (
    <li>
      <button className="tap" onClick={() => setN(n + 1)}>tap {label}</button>
      <button className="report" onClick={() => setReport(label + " tapped " + n)}>report</button>
      <span>{report}</span>
    </li>
  );
}

export default function App() {
  return (
    <ul>
      {["a", "b"].map((l) => <Row key={l} label={l} />)}
    </ul>
  );
}

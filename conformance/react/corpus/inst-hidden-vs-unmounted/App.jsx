import { useState } from "react";

function Draft({ title }) {
  const [text, setText] = useState("");
  return (
    <fieldset>
      <legend>{title}</legend>
      <textarea value={text} onChange={(e) => setText(e.target.value)} />
      <p>{text ? `${text.length} characters` : "empty"}</p>
    </fieldset>
  );
}

export default function App() {
  const [showA, setShowA] = useState(true);
  const [showB, setShowB] = useState(true);

  return (
    <div>
      <button onClick={() => setShowA(!showA)}>{showA ? "Remove" : "Add"} draft A</button>
      <button onClick={() => setShowB(!showB)}>{showB ? "Hide" : "Show"} draft B</button>
      {showA && <Draft title="A (unmounted when removed)" />}
      <div style={{ display: showB ? "block" : "none" }}>
        <Draft title="B (only hidden)" />
      </div>
    </div>
  );
}

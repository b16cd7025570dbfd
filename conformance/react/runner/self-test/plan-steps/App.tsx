import { useState } from "react";

export default function App() {
  const [text, setText] = useState("");
  const [submitted, setSubmitted] = useState("");
  const [size, setSize] = useState("a");
  const [on, setOn] = useState(false);
  return (
    <div>
      <input
        id="field"
        value={text}
        onInput={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") setSubmitted(text);
        }}
      />
      <select value={size} onChange={(e) => setSize(e.target.value)}>
        <option value="a">A</option>
        <option value="b">B</option>
      </select>
      <input type="checkbox" checked={on} onChange={(e) => setOn(e.target.checked)} />
      <p id="out">
        {submitted} {size} {on ? "on" : "off"}
      </p>
    </div>
  );
}

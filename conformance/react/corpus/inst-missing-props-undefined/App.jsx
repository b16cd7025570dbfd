import { useState } from "react";

// Props that some call sites pass and others leave out: `undefined` where they are left out.
function Badge({ label, tone, count, hint, tags }) {
  return (
    <span className={tone} title={hint}>
      {label}
      {count !== undefined && <b> ({count})</b>}
      {tone ? ` [${tone}]` : " [plain]"}
      {hint ?? ""}
      {tags?.length ? ` #${tags.join(" #")}` : ""}
    </span>
  );
}

function Field({ label, disabled, placeholder, value, onChange }) {
  return (
    <label>
      {label}
      <input disabled={disabled} placeholder={placeholder} value={value} onChange={onChange} />
      {disabled === undefined ? " (enabled by default)" : disabled ? " (disabled)" : " (enabled)"}
    </label>
  );
}

export default function App() {
  const [n, setN] = useState(0);
  const [text, setText] = useState("");
  return (
    <div>
      <Badge label="first" tone="warn" count={n} hint="a hint" tags={["a", "b"]} />
      <Badge label="second" />
      <Badge label="third" count={n * 2} />
      <Field label="Name" value={text} onChange={(e) => setText(e.target.value)} placeholder="Your name" />
      <Field label="Locked" value="fixed" onChange={() => {}} disabled />
      <Field label="Open" value={text} onChange={(e) => setText(e.target.value)} disabled={false} />
      <button onClick={() => setN(n + 1)}>Count {n}</button>
    </div>
  );
}

import { useState } from "react";

const BASE_STYLE = { padding: "8px 12px", borderWidth: 1, borderStyle: "solid", borderColor: "#ccc", borderRadius: 4 };

function Alert({ level, children }) {
  let style = BASE_STYLE;
  let icon = "ℹ";
  if (level === "success") {
    style = { ...style, background: "#ecfdf5", borderColor: "#10b981" };
    icon = "✓";
  } else if (level === "warning") {
    style = { ...style, background: "#fffbeb", borderColor: "#f59e0b" };
    icon = "!";
  } else if (level === "error") {
    style = { ...style, background: "#fef2f2", borderColor: "#ef4444", fontWeight: "bold" };
    icon = "✕";
  }
  return (
    <div style={style} role={level === "error" ? "alert" : "status"}>
      {icon} {children}
    </div>
  );
}

const LEVELS = ["info", "success", "warning", "error"];

export default function App() {
  const [i, setI] = useState(0);
  const [large, setLarge] = useState(false);
  const level = LEVELS[i];

  let wrapper = { maxWidth: 320 };
  if (large) wrapper = { ...wrapper, fontSize: 20, maxWidth: 480 };

  return (
    <div style={wrapper}>
      <button onClick={() => setI((i + 1) % LEVELS.length)}>Next level</button>
      <button onClick={() => setLarge(!large)}>{large ? "Normal" : "Large"} text</button>
      <Alert level={level}>This is a {level} message.</Alert>
      <Alert level="info">Base style stays: {BASE_STYLE.borderColor}</Alert>
    </div>
  );
}

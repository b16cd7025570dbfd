import { Children, useState } from "react";

function Inline({ separator = " · ", children }) {
  const parts = Children.toArray(children);
  return (
    <p>
      {parts.map((child, i) => (
        <span key={i}>
          {i > 0 && separator}
          {child}
        </span>
      ))}
      <small> ({Children.count(children)} children)</small>
    </p>
  );
}

export default function App() {
  const [showEmail, setShowEmail] = useState(false);
  const [sep, setSep] = useState(" · ");

  return (
    <div>
      <button onClick={() => setShowEmail(!showEmail)}>{showEmail ? "Hide" : "Show"} email</button>
      <button onClick={() => setSep(sep === " · " ? " | " : " · ")}>Change separator</button>
      <Inline separator={sep}>
        <a href="#home">Home</a>
        <a href="#about">About</a>
        {showEmail && <a href="#mail">hello@example.com</a>}
        <span>© 2024</span>
      </Inline>
      <Inline>
        {["red", "green", "blue"].map((c) => (
          <span key={c} style={{ color: c }}>
            {c}
          </span>
        ))}
      </Inline>
    </div>
  );
}

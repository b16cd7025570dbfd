import { useState } from "react";

function LoadingSpinner() {
  return <p aria-busy="true">Loading…</p>;
}

function ErrorBox({ message, onRetry }) {
  return (
    <div role="alert">
      <p>{message}</p>
      <button onClick={onRetry}>Retry</button>
    </div>
  );
}

const fakeData = ["Inbox", "Sent", "Archive"];

export default function App() {
  const [phase, setPhase] = useState("idle");

  let content;
  if (phase === "loading") {
    content = <LoadingSpinner />;
  } else if (phase === "error") {
    content = <ErrorBox message="Could not reach the server." onRetry={() => setPhase("ready")} />;
  } else if (phase === "ready") {
    content = (
      <ul>
        {fakeData.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>
    );
  } else {
    content = <p>Press a button to load folders.</p>;
  }

  return (
    <div>
      <button onClick={() => setPhase("loading")}>Load</button>
      <button onClick={() => setPhase("error")}>Simulate failure</button>
      <button onClick={() => setPhase("idle")}>Reset</button>
      {content}
    </div>
  );
}

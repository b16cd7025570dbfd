import { useState } from "react";

const STATES = ["idle", "loading", "error", "success"];

export default function App() {
  const [status, setStatus] = useState("idle");
  const [retries, setRetries] = useState(0);

  return (
    <div className="upload">
      <div className="controls">
        {STATES.map((s) => (
          <button key={s} onClick={() => setStatus(s)} disabled={s === status}>
            {s}
          </button>
        ))}
      </div>
      {(() => {
        if (status === "idle") return <p>Choose a file to upload.</p>;
        if (status === "loading") return <p aria-busy="true">Uploading… please wait</p>;
        if (status === "error")
          return (
            <p className="error">
              Upload failed ({retries} retries).{" "}
              <button onClick={() => { setRetries(retries + 1); setStatus("loading"); }}>Retry</button>
            </p>
          );
        return <p className="success">Done! {retries > 0 ? `Succeeded after ${retries} retries.` : "First try."}</p>;
      })()}
    </div>
  );
}

import { useState } from "react";

type Status = "idle" | "uploading" | "paused" | "done" | "failed";

const messages: Record<Status, string> = {
  idle: "Choose a file to upload",
  uploading: "Uploading…",
  paused: "Upload paused",
  done: "Upload complete",
  failed: "Something went wrong",
};

const transitions: Record<Status, Partial<Record<string, Status>>> = {
  idle: { start: "uploading" },
  uploading: { pause: "paused", finish: "done", fail: "failed" },
  paused: { resume: "uploading", cancel: "idle" },
  done: { reset: "idle" },
  failed: { retry: "uploading", reset: "idle" },
};

export default function App() {
  const [status, setStatus] = useState<Status>("idle");
  const [progress, setProgress] = useState(0);
  const actions = Object.keys(transitions[status]);

  function send(action: string) {
    const next = transitions[status][action];
    if (!next) return;
    if (next === "uploading") setProgress((p) => Math.min(p + 40, 100));
    if (next === "idle") setProgress(0);
    if (next === "done") setProgress(100);
    setStatus(next);
  }

  return (
    <div>
      <p className={`status status-${status}`}>{messages[status]}</p>
      <progress value={progress} max={100} />
      <span> {progress}%</span>
      <div>
        {actions.map((a) => (
          <button key={a} onClick={() => send(a)}>
            {a}
          </button>
        ))}
      </div>
      {status === "failed" && <p role="alert">Check your connection and retry.</p>}
    </div>
  );
}

import { useState } from "react";

type Level = "info" | "warn" | "error";

interface ToastData {
  id: number;
  level: Level;
  text: string;
}

function Toast({ toast, onDismiss }: { toast: ToastData; onDismiss: (id: number) => void }) {
  const [pinned, setPinned] = useState(false);
  return (
    <div className={`toast toast-${toast.level}`} role="status">
      <span>{toast.text}</span>
      <button onClick={() => setPinned((p) => !p)}>{pinned ? "📌" : "pin"}</button>
      <button onClick={() => onDismiss(toast.id)} disabled={pinned}>
        ×
      </button>
    </div>
  );
}

const messages: [Level, string][] = [
  ["info", "Draft saved"],
  ["warn", "Storage almost full"],
  ["error", "Upload failed"],
];

export default function App() {
  const [toasts, setToasts] = useState<ToastData[]>([]);
  const [seq, setSeq] = useState(0);

  function push() {
    const [level, text] = messages[seq % messages.length];
    setToasts([...toasts, { id: seq, level, text: `${text} (#${seq + 1})` }]);
    setSeq(seq + 1);
  }

  return (
    <div>
      <button onClick={push}>Notify</button>
      <button onClick={() => setToasts([])} disabled={toasts.length === 0}>
        Clear all
      </button>
      <div className="stack">
        {toasts.map((t) => (
          <Toast key={t.id} toast={t} onDismiss={(id) => setToasts((ts) => ts.filter((x) => x.id !== id))} />
        ))}
      </div>
    </div>
  );
}

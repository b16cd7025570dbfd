import { useEffect, useRef, useState } from "react";

export default function App() {
  const [messages, setMessages] = useState([]);
  const [pending, setPending] = useState(false);
  const [cancelled, setCancelled] = useState(0);
  const timeoutRef = useRef(null);
  const seq = useRef(1);

  function send() {
    if (timeoutRef.current) return;
    setPending(true);
    const n = seq.current++;
    timeoutRef.current = setTimeout(() => {
      timeoutRef.current = null;
      setPending(false);
      setMessages((m) => [...m, `Message #${n} sent`]);
    }, 20);
  }

  function undo() {
    clearTimeout(timeoutRef.current);
    timeoutRef.current = null;
    setPending(false);
    setCancelled((c) => c + 1);
  }

  useEffect(() => () => clearTimeout(timeoutRef.current), []);

  return (
    <div>
      <button onClick={send} disabled={pending}>
        {pending ? "Sending…" : "Send"}
      </button>
      <button onClick={undo} disabled={!pending}>
        Undo send
      </button>
      <ul>
        {messages.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
      <small>Cancelled: {cancelled}</small>
    </div>
  );
}

import { useEffect, useState } from "react";

// An effect's cleanup runs before the effect runs again (its dependency changed) and when
// the component goes away; it sees the values of the run that returned it.
function Subscription({ channel, onLog }) {
  useEffect(() => {
    const started = channel.toUpperCase();
    onLog(`join ${started}`);
    return () => onLog(`leave ${started}`);
  }, [channel]);
  return <p>Listening to {channel}</p>;
}

export default function App() {
  const [open, setOpen] = useState(true);
  const [channel, setChannel] = useState("news");
  const [log, setLog] = useState([]);

  function add(line) {
    setLog((l) => [...l, line]);
  }

  return (
    <div>
      <button onClick={() => setOpen(!open)}>{open ? "Close" : "Open"}</button>
      <button onClick={() => setChannel(channel === "news" ? "sports" : "news")}>Switch</button>
      {open && <Subscription channel={channel} onLog={add} />}
      <ol>
        {log.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ol>
    </div>
  );
}

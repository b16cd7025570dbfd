import { useState } from "react";

let sequence = 0;
const MAX_ENTRIES = 5;

function entry(kind, detail) {
  sequence += 1;
  return { seq: sequence, kind, detail };
}

export default function App() {
  const [volume, setVolume] = useState(5);
  const [muted, setMuted] = useState(false);
  const [log, setLog] = useState(() => [entry("init", "player ready")]);

  function record(kind, detail) {
    const e = entry(kind, detail);
    setLog((l) => [e, ...l].slice(0, MAX_ENTRIES));
  }

  return (
    <div>
      <button onClick={() => { setVolume(volume + 1); record("volume", `up to ${volume + 1}`); }}>Volume +</button>
      <button onClick={() => { setVolume(volume - 1); record("volume", `down to ${volume - 1}`); }}>Volume −</button>
      <button onClick={() => { setMuted(!muted); record("mute", muted ? "unmuted" : "muted"); }}>{muted ? "Unmute" : "Mute"}</button>
      <p>
        Volume {muted ? "muted" : volume}
      </p>
      <ol reversed>
        {log.map((e) => (
          <li key={e.seq}>
            #{e.seq} <code>{e.kind}</code> {e.detail}
          </li>
        ))}
      </ol>
    </div>
  );
}

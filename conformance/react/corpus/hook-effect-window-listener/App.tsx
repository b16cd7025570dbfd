import { useEffect, useState } from "react";

export default function App() {
  const [listening, setListening] = useState(true);
  const [windowClicks, setWindowClicks] = useState(0);
  const [lastKey, setLastKey] = useState("none");

  useEffect(() => {
    if (!listening) return;
    function onClick() {
      setWindowClicks((c) => c + 1);
    }
    function onKey(e: KeyboardEvent) {
      setLastKey(e.key);
    }
    window.addEventListener("click", onClick);
    window.addEventListener("keydown", onKey);
    return () => {
      window.removeEventListener("click", onClick);
      window.removeEventListener("keydown", onKey);
    };
  }, [listening]);

  return (
    <div>
      <label>
        <input type="checkbox" checked={listening} onChange={(e) => setListening(e.target.checked)} />
        Track clicks and keys on the window
      </label>
      <button>Just a button</button>
      <input placeholder="press keys here" />
      <p>
        Window clicks: {windowClicks} · last key: {lastKey}
      </p>
    </div>
  );
}

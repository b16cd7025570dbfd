import { useState } from "react";

// "Send to back" buttons: the clicked (focused) row moves to the end of the list. The browser
// blurs a moved node; React puts the focus back without running onFocus/onBlur.
export default function App() {
  const [queue, setQueue] = useState(["Ada", "Grace", "Linus", "Margaret"]);
  const [focusEvents, setFocusEvents] = useState(0);
  const [blurEvents, setBlurEvents] = useState(0);

  return (
    <div>
      <ol onFocus={() => setFocusEvents((n) => n + 1)} onBlur={() => setBlurEvents((n) => n + 1)}>
        {queue.map((name) => (
          <li key={name}>
            <button onClick={() => setQueue([...queue.filter((n) => n !== name), name])}>
              Send {name} to the back
            </button>
          </li>
        ))}
      </ol>
      <p>
        focus events: {focusEvents}, blur events: {blurEvents}
      </p>
    </div>
  );
}

import { useRef, useState } from "react";

export default function App() {
  const [text, setText] = useState("");
  const renders = useRef(0);
  const clicksRef = useRef(0);
  const [shownClicks, setShownClicks] = useState(0);

  renders.current += 1;

  return (
    <div>
      <input value={text} onChange={(e) => setText(e.target.value)} placeholder="type to re-render" />
      <button
        onClick={() => {
          clicksRef.current += 1;
        }}
      >
        Count silently
      </button>
      <button onClick={() => setShownClicks(clicksRef.current)}>Reveal count</button>
      <p>
        This component rendered {renders.current} times. Silent clicks last revealed: {shownClicks}
      </p>
    </div>
  );
}

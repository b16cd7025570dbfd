import { useState } from "react";

// Server-rendering guards as libraries write them: in the browser these globals exist.
const IS_SERVER = typeof window === "undefined";
const HAS_DOCUMENT = typeof document !== "undefined";

export default function App() {
  const [clicks, setClicks] = useState(0);
  const where = IS_SERVER ? "server" : "browser";
  return (
    <div>
      <button onClick={() => setClicks(clicks + 1)}>Click</button>
      <p>
        Rendered in the {where}
        {HAS_DOCUMENT && ", with a document"} ({clicks} clicks)
      </p>
    </div>
  );
}

import { useState } from "react";

// Two handlers of one click (the button's, then its parent's as the click bubbles) both read
// `on` as of the render: React gives both `false`, so both set `true`.
export default function App() {
  const [on, setOn] = useState(false);
  const [clicks, setClicks] = useState(0);
  return (
    <div className="card" onClick={() => { setOn(!on); setClicks(clicks + 1); }}>
      <button onClick={() => { setOn(!on); setClicks(clicks + 1); }}>{on ? "on" : "off"}</button>
      <p>{clicks} clicks counted</p>
    </div>
  );
}

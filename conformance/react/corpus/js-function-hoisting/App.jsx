import { useState } from "react";

export default function App() {
  const [minutes, setMinutes] = useState(25);
  const [mode, setMode] = useState("focus");

  const adjust = (delta) => setMinutes((m) => clampMinutes(m + delta));

  return (
    <div className={`timer timer-${mode}`}>
      <Header mode={mode} />
      <p className="big">{formatMinutes(minutes)}</p>
      <button onClick={() => adjust(5)}>+5</button>
      <button onClick={() => adjust(-5)}>−5</button>
      <button onClick={() => setMode(nextMode(mode))}>Switch to {nextMode(mode)}</button>
      <Footer minutes={minutes} />
    </div>
  );
}

function Header({ mode }) {
  return <h2>{mode === "focus" ? "Focus session" : "Break time"}</h2>;
}

const Footer = ({ minutes }) => <small>{minutes >= 60 ? "That's a long one!" : `${60 - minutes} min left in the hour`}</small>;

function clampMinutes(value) {
  return Math.min(90, Math.max(5, value));
}

function formatMinutes(total) {
  const h = Math.floor(total / 60);
  const m = total % 60;
  return h ? `${h}h ${m}m` : `${m} min`;
}

function nextMode(mode) {
  return mode === "focus" ? "break" : "focus";
}

import { useState } from "react";

// A switch in a component body returning markup per case (two cases sharing one return), and
// a switch assigning a render-time let, as components often pick what to show.
function StatusBadge({ status }) {
  switch (status) {
    case "done":
      return <span className="badge ok">Done</span>;
    case "blocked":
    case "failed":
      return <span className="badge bad">Needs attention ({status})</span>;
    default:
      return <span className="badge">In progress</span>;
  }
}

function Hint({ step }) {
  let text;
  let tone = "neutral";
  switch (step) {
    case 0:
      text = "Start by naming your project.";
      break;
    case 1:
      text = "Invite a teammate.";
      tone = "info";
      break;
    default:
      text = "All set!";
      tone = "success";
  }
  return <p className={"hint " + tone}>{text}</p>;
}

const ORDER = ["todo", "blocked", "failed", "done"];

export default function App() {
  const [i, setI] = useState(0);
  const [step, setStep] = useState(0);
  return (
    <div>
      <StatusBadge status={ORDER[i % ORDER.length]} />
      <button onClick={() => setI(i + 1)}>Next status</button>
      <Hint step={step} />
      <button onClick={() => setStep(step + 1)}>Next step</button>
    </div>
  );
}

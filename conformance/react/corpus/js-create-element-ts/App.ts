import { createElement as h, useState } from "react";

interface Step {
  title: string;
  detail: string;
}

const steps: Step[] = [
  { title: "Create an account", detail: "Pick a username and a password." },
  { title: "Verify your email", detail: "Click the link we sent you." },
  { title: "Invite your team", detail: "Add up to five collaborators." },
];

function StepItem({ step, index, done }: { step: Step; index: number; done: boolean }) {
  return h(
    "li",
    { className: done ? "step step--done" : "step" },
    h("strong", null, `${index + 1}. ${step.title}`),
    done ? " ✓" : h("p", null, step.detail)
  );
}

export default function App() {
  const [completed, setCompleted] = useState(0);
  const finished = completed === steps.length;

  return h(
    "div",
    null,
    h("h3", null, finished ? "All set!" : `Step ${completed + 1} of ${steps.length}`),
    h(
      "ol",
      null,
      steps.map((step, i) => h(StepItem, { key: step.title, step, index: i, done: i < completed }))
    ),
    h("button", { onClick: () => setCompleted((c) => Math.min(c + 1, steps.length)), disabled: finished }, "Complete step"),
    h("button", { onClick: () => setCompleted(0) }, "Start over")
  );
}

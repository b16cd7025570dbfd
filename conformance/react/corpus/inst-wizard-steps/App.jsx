import { useState } from "react";

function StepField({ label, initial, onNext }) {
  const [value, setValue] = useState(initial);
  return (
    <div className="step">
      <label>
        {label}
        <input value={value} onChange={(e) => setValue(e.target.value)} />
      </label>
      <button onClick={() => onNext(value)} disabled={!value.trim()}>
        Next
      </button>
    </div>
  );
}

const steps = [
  { field: "name", label: "Your name" },
  { field: "city", label: "Your city" },
  { field: "pet", label: "Your pet's name" },
];

export default function App() {
  const [stepIndex, setStepIndex] = useState(0);
  const [answers, setAnswers] = useState({});

  if (stepIndex === steps.length) {
    return (
      <div>
        <h3>Summary</h3>
        <dl>
          {steps.map((s) => (
            <div key={s.field}>
              <dt>{s.label}</dt>
              <dd>{answers[s.field]}</dd>
            </div>
          ))}
        </dl>
        <button onClick={() => setStepIndex(0)}>Edit again</button>
      </div>
    );
  }

  const step = steps[stepIndex];
  return (
    <div>
      <p>
        Step {stepIndex + 1} of {steps.length}
      </p>
      <StepField
        key={step.field}
        label={step.label}
        initial={answers[step.field] ?? ""}
        onNext={(value) => {
          setAnswers({ ...answers, [step.field]: value });
          setStepIndex(stepIndex + 1);
        }}
      />
      {stepIndex > 0 && <button onClick={() => setStepIndex(stepIndex - 1)}>Back</button>}
    </div>
  );
}

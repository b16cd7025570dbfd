import { useState } from "react";

// An early return and the last return both render a <form> with a text field first: React
// keeps the form and the field (with its focus and the text typed into it, which is not
// state), and only the rest changes. The submit handler exists in one return only.
export default function App() {
  const [step, setStep] = useState(1);

  if (step === 1) {
    return (
      <form className="wizard">
        <input placeholder="Your name" />
        <button type="button" onClick={() => setStep(2)}>Next</button>
      </form>
    );
  }

  return (
    <form
      className="wizard last"
      onSubmit={(e) => {
        e.preventDefault();
        setStep(1);
      }}
    >
      <input placeholder="Your name" aria-label="name" />
      <p>Step {step}: check your name, then go back.</p>
      <button type="submit">Back</button>
    </form>
  );
}

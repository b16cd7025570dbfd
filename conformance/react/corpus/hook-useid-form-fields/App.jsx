import { useId, useState } from "react";

function PasswordField({ label }) {
  const [value, setValue] = useState("");
  const hintId = useId();
  const inputId = useId();
  const strong = value.length >= 8;
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      <input id={inputId} type="password" value={value} aria-describedby={hintId} onChange={(e) => setValue(e.target.value)} />
      <p id={hintId} className={strong ? "hint ok" : "hint"}>
        {strong ? "Strong enough" : `Needs ${8 - value.length} more characters`}
      </p>
    </div>
  );
}

export default function App() {
  const [confirm, setConfirm] = useState(false);
  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <PasswordField label="Password" />
      {confirm && <PasswordField label="Confirm password" />}
      <button type="button" onClick={() => setConfirm(!confirm)}>
        {confirm ? "Skip confirmation" : "Add confirmation field"}
      </button>
    </form>
  );
}

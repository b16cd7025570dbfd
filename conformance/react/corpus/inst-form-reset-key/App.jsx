import { useState } from "react";

function SignupForm() {
  const [email, setEmail] = useState("");
  const [name, setName] = useState("Guest");
  const [agreed, setAgreed] = useState(false);

  const valid = email.includes("@") && agreed;

  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <label>
        Name <input value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        Email <input value={email} onChange={(e) => setEmail(e.target.value)} />
      </label>
      <label>
        <input
          type="checkbox"
          checked={agreed}
          onChange={(e) => setAgreed(e.target.checked)}
        />
        I accept the terms
      </label>
      <p>
        Hello {name || "stranger"} — {valid ? "ready to sign up" : "form incomplete"}
      </p>
    </form>
  );
}

export default function App() {
  const [resetCount, setResetCount] = useState(0);
  return (
    <div>
      <SignupForm key={resetCount} />
      <button onClick={() => setResetCount(resetCount + 1)}>Reset</button>
      <small>Resets: {resetCount}</small>
    </div>
  );
}

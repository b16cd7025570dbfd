import { useState } from "react";

export default function App() {
  const [agree, setAgree] = useState(false);
  const [skipLinks, setSkipLinks] = useState(true);
  const [email, setEmail] = useState("");

  return (
    <form onSubmit={(e) => e.preventDefault()} noValidate>
      <a href="#main" tabIndex={skipLinks ? 0 : -1} className="skip-link">
        Skip to content
      </a>
      <div id="main" tabIndex={-1}>
        <label htmlFor="email-field">Email address</label>
        <input
          id="email-field"
          type="email"
          autoComplete="email"
          value={email}
          required
          aria-required="true"
          aria-invalid={email !== "" && !email.includes("@")}
          onChange={(e) => setEmail(e.target.value)}
        />
        <input id="agree" type="checkbox" checked={agree} onChange={(e) => setAgree(e.target.checked)} />
        <label htmlFor="agree">I agree to the terms</label>
        <input id="skip" type="checkbox" checked={skipLinks} onChange={() => setSkipLinks(!skipLinks)} />
        <label htmlFor="skip">Keyboard skip link</label>
        <button type="submit" disabled={!agree} tabIndex={agree ? 0 : -1}>
          Subscribe
        </button>
      </div>
      <p>
        {email || "no email"} · {agree ? "agreed" : "not agreed"}
      </p>
    </form>
  );
}

import { useState } from "react";

export default function App() {
  const [locked, setLocked] = useState(false);
  const [showHelp, setShowHelp] = useState(false);
  const [agree, setAgree] = useState(false);

  return (
    <form onSubmit={(e) => e.preventDefault()} aria-busy={locked} data-state={locked ? "locked" : "editable"}>
      <button type="button" onClick={() => setLocked(!locked)} aria-pressed={locked}>
        {locked ? "Unlock" : "Lock"} form
      </button>
      <button type="button" onClick={() => setShowHelp(!showHelp)} aria-expanded={showHelp} aria-controls="help">
        Help
      </button>
      <p id="help" hidden={!showHelp}>
        Fill in your name, then accept the terms.
      </p>
      <input type="text" defaultValue="Sam" readOnly={locked} disabled={false} required aria-required="true" />
      <label>
        <input type="checkbox" checked={agree} onChange={(e) => setAgree(e.target.checked)} disabled={locked} /> I accept
      </label>
      <select disabled={locked} defaultValue="b" multiple={false}>
        <option value="a">Option A</option>
        <option value="b">Option B</option>
      </select>
      <button type="submit" disabled={!agree || locked} data-testid="submit" tabIndex={agree ? 0 : -1}>
        Submit
      </button>
      <details open={showHelp}>
        <summary>More</summary>
        Extra details
      </details>
    </form>
  );
}

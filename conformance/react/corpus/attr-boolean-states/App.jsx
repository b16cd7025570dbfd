import { useState } from "react";

export default function App() {
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [showHelp, setShowHelp] = useState(false);
  const [title, setTitle] = useState("Quarterly report");

  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <input value={title} readOnly={!editing} required={editing} disabled={busy} onChange={(e) => setTitle(e.target.value)} />
      <button type="button" onClick={() => setEditing(!editing)} disabled={busy}>
        {editing ? "Done" : "Edit"}
      </button>
      <button type="button" onClick={() => setBusy(!busy)} aria-busy={busy}>
        {busy ? "Stop syncing" : "Sync"}
      </button>
      <button type="button" onClick={() => setShowHelp(!showHelp)}>
        Help
      </button>
      <p hidden={!showHelp}>Click Edit to rename the document.</p>
      <fieldset disabled={!editing}>
        <label>
          <input type="checkbox" defaultChecked /> Shared
        </label>
        <select defaultValue="b" autoFocus={false}>
          <option value="a">Draft</option>
          <option value="b">Final</option>
        </select>
      </fieldset>
      <details open={showHelp}>
        <summary>More</summary>
        {title}
      </details>
    </form>
  );
}

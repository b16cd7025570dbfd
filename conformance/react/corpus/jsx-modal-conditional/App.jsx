import { useState } from "react";

function Modal({ title, onClose, children, actions }) {
  return (
    <div className="backdrop" style={{ position: "fixed", inset: 0, background: "rgba(0,0,0,0.3)" }}>
      <div role="dialog" aria-modal="true" aria-labelledby="modal-title" style={{ background: "white", margin: "10% auto", width: 280, padding: 12 }}>
        <h3 id="modal-title">{title}</h3>
        {children}
        <div className="actions">
          {actions}
          <button onClick={onClose}>Close</button>
        </div>
      </div>
    </div>
  );
}

export default function App() {
  const [open, setOpen] = useState(false);
  const [files, setFiles] = useState(["draft.md", "old-notes.txt"]);

  function confirmDelete() {
    setFiles(files.slice(1));
    setOpen(false);
  }

  return (
    <div>
      <ul>
        {files.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>
      <button onClick={() => setOpen(true)} disabled={files.length === 0}>
        Delete first file…
      </button>
      {open && (
        <Modal title="Delete file?" onClose={() => setOpen(false)} actions={<button onClick={confirmDelete}>Delete</button>}>
          <p>
            “{files[0]}” will be removed. This can’t be undone.
          </p>
        </Modal>
      )}
    </div>
  );
}

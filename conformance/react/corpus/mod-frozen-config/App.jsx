import React, { useState } from "react";

const CONFIG = Object.freeze({
  appName: "Tidy",
  version: "3.2.0",
  features: Object.freeze({ sharing: true, export: false, comments: true }),
  supportEmail: "help@tidy.example",
});

const ENABLED_FEATURES = Object.entries(CONFIG.features)
  .filter(([, on]) => on)
  .map(([name]) => name);

const [MAJOR, MINOR] = CONFIG.version.split(".").map(Number);

export default function App() {
  const [showAbout, setShowAbout] = useState(false);
  const [shared, setShared] = React.useState(0);

  return (
    <div>
      <h2>
        {CONFIG.appName} <small>v{MAJOR}.{MINOR}</small>
      </h2>
      {CONFIG.features.sharing && <button onClick={() => setShared(shared + 1)}>Share ({shared})</button>}
      {CONFIG.features.export ? <button>Export</button> : <p className="muted">Export is coming soon.</p>}
      <button onClick={() => setShowAbout(!showAbout)}>About</button>
      {showAbout && (
        <dl>
          <dt>Version</dt>
          <dd>{CONFIG.version}</dd>
          <dt>Features</dt>
          <dd>{ENABLED_FEATURES.join(", ")}</dd>
          <dt>Support</dt>
          <dd>
            <a href={`mailto:${CONFIG.supportEmail}`}>{CONFIG.supportEmail}</a>
          </dd>
        </dl>
      )}
    </div>
  );
}

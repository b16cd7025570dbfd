import { useState } from "react";

function Banner({ message, tone = "info", onDismiss }) {
  if (!message) return null;
  return (
    <div className={`banner banner-${tone}`} role="status">
      {message}
      {onDismiss && <button onClick={onDismiss}>Dismiss</button>}
    </div>
  );
}

function OfflineNotice({ online }) {
  return online ? null : <p className="offline">You are offline. Changes will sync later.</p>;
}

export default function App() {
  const [dismissed, setDismissed] = useState(false);
  const [online, setOnline] = useState(true);
  const [saved, setSaved] = useState(0);

  return (
    <div>
      <Banner message={dismissed ? "" : "New: keyboard shortcuts are here!"} onDismiss={() => setDismissed(true)} />
      <Banner message={saved > 0 && `Saved ${saved} time${saved > 1 ? "s" : ""}`} tone="success" />
      <Banner message={null} />
      <OfflineNotice online={online} />
      <button onClick={() => setSaved(saved + 1)}>Save</button>
      <button onClick={() => setOnline(!online)}>Go {online ? "offline" : "online"}</button>
      <button onClick={() => setDismissed(false)}>Show announcement</button>
    </div>
  );
}

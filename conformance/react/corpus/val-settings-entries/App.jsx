import { useState } from "react";

const labels = {
  darkMode: "Dark mode",
  notifications: "Push notifications",
  autoplay: "Autoplay videos",
  compact: "Compact layout",
};

export default function App() {
  const [settings, setSettings] = useState({
    darkMode: false,
    notifications: true,
    autoplay: false,
    compact: true,
  });

  const toggle = (key) => setSettings((prev) => ({ ...prev, [key]: !prev[key] }));
  const enabled = Object.entries(settings)
    .filter(([, on]) => on)
    .map(([key]) => labels[key]);

  return (
    <div className={settings.darkMode ? "dark" : "light"}>
      <h2>Preferences</h2>
      {Object.keys(settings).map((key) => (
        <label key={key} style={{ display: "block" }}>
          <input type="checkbox" checked={settings[key]} onChange={() => toggle(key)} />
          {labels[key]}
        </label>
      ))}
      <button onClick={() => setSettings(Object.fromEntries(Object.keys(settings).map((k) => [k, false])))}>
        Turn everything off
      </button>
      <p>Enabled: {enabled.length ? enabled.join(", ") : "nothing"}</p>
    </div>
  );
}

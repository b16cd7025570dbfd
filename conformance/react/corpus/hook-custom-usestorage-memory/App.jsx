import { useState } from "react";

const memoryStorage = {
  data: { "prefs:name": JSON.stringify("Rowan") },
  getItem(key) {
    return key in this.data ? this.data[key] : null;
  },
  setItem(key, value) {
    this.data[key] = value;
  },
  removeItem(key) {
    delete this.data[key];
  },
};

function useStoredState(key, fallback) {
  const [value, setValue] = useState(() => {
    const raw = memoryStorage.getItem(key);
    return raw === null ? fallback : JSON.parse(raw);
  });

  const update = (next) => {
    const resolved = next instanceof Function ? next(value) : next;
    memoryStorage.setItem(key, JSON.stringify(resolved));
    setValue(resolved);
  };

  return [value, update];
}

function Preferences() {
  const [name, setName] = useStoredState("prefs:name", "");
  const [fontSize, setFontSize] = useStoredState("prefs:font", 14);
  return (
    <div style={{ fontSize }}>
      <input value={name} onChange={(e) => setName(e.target.value)} />
      <button onClick={() => setFontSize((s) => s + 2)}>Larger text</button>
      <p>Hi {name || "anonymous"}, text is {fontSize}px</p>
    </div>
  );
}

export default function App() {
  const [mounted, setMounted] = useState(true);
  return (
    <div>
      <button onClick={() => setMounted(!mounted)}>{mounted ? "Close" : "Reopen"} preferences</button>
      {mounted && <Preferences />}
      <pre>{JSON.stringify(memoryStorage.data)}</pre>
    </div>
  );
}

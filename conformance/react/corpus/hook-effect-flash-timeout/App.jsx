import { useEffect, useState } from "react";

export default function App() {
  const [text, setText] = useState("Dear diary,");
  const [savedText, setSavedText] = useState("Dear diary,");
  const [flash, setFlash] = useState(null);
  const [saves, setSaves] = useState(0);

  useEffect(() => {
    if (!flash) return;
    const timer = setTimeout(() => setFlash(null), 25);
    return () => clearTimeout(timer);
  }, [flash]);

  function save() {
    setSavedText(text);
    setSaves((n) => n + 1);
    setFlash(text === savedText ? "Nothing changed" : "Saved!");
  }

  return (
    <div>
      <textarea value={text} onChange={(e) => setText(e.target.value)} />
      <button onClick={save}>Save</button>
      {flash && (
        <div role="status" className="flash">
          {flash}
        </div>
      )}
      <p>
        {saves} saves · {text === savedText ? "all changes saved" : "unsaved changes"}
      </p>
    </div>
  );
}

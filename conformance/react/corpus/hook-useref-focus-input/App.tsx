import { useRef, useState } from "react";

export default function App() {
  const inputRef = useRef<HTMLInputElement>(null);
  const uncontrolledRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState("not focused yet");
  const [readValue, setReadValue] = useState("");

  function handleFocus() {
    inputRef.current?.focus();
    setStatus(document.activeElement === inputRef.current ? "search box focused" : "focus failed");
  }

  function handleRead() {
    setReadValue(uncontrolledRef.current?.value ?? "");
  }

  function handleClear() {
    if (uncontrolledRef.current) uncontrolledRef.current.value = "";
    setReadValue("(cleared)");
  }

  return (
    <div>
      <input ref={inputRef} placeholder="Search…" />
      <button onClick={handleFocus}>Focus the search box</button>
      <p>{status}</p>
      <input ref={uncontrolledRef} defaultValue="draft" />
      <button onClick={handleRead}>Read value</button>
      <button onClick={handleClear}>Clear via ref</button>
      <p>Read: {readValue || "nothing read"}</p>
    </div>
  );
}

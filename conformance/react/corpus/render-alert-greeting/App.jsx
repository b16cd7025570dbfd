// alert() in a handler (react.dev examples use it everywhere); the dialog is dismissed by the runner.
import { useState } from "react";
export default function Greeter() {
  const [name, setName] = useState("Ada");
  return (
    <div>
      <button onClick={() => alert("Hello, " + name + "!")}>greet</button>
      <button onClick={() => setName(name + "!")}>louder</button>
      <p>{name}</p>
    </div>
  );
}

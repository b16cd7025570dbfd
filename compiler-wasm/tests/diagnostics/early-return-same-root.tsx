// expect: DX0301 at 13:3
// Both returns are a <section> holding a <Draft>: React keeps that <Draft> (and what was typed
// into it) when `preview` changes; dx would build the other branch afresh.
import { useState } from "react";

function Draft() {
  const [text, setText] = useState("");
  return <textarea value={text} onChange={(e) => setText(e.target.value)} />;
}

export default function Editor() {
  const [preview, setPreview] = useState(false);
  if (preview) {
    return <section><button onClick={() => setPreview(false)}>edit</button><Draft /></section>;
  }
  return <section><button onClick={() => setPreview(true)}>preview</button><Draft /></section>;
}

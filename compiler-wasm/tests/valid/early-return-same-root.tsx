// Both returns are a <section> holding a <Draft>: React keeps that <Draft> (and what was typed
// into it) when `preview` changes, and so does dx: the two returns are merged into one
// <section> whose button's text and handler depend on `preview` (analyze/reconcile.rs).
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

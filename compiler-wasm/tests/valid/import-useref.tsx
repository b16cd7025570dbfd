// Valid since element refs landed (was an expected error in the diagnostics corpus).
// Refs are not supported yet.
import { useRef } from "react";

export default function Focus() {
  const input = useRef(null);
  return <input ref={input} />;
}

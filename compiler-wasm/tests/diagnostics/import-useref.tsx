// expect: DX0104 at 3:10
// Refs are not supported yet.
import { useRef } from "react";

export default function Focus() {
  const input = useRef(null);
  return <input ref={input} />;
}

// expect: DX0401 at 7:3
// An async handler that awaits a request.
import { useState } from "react";

export default function Loader() {
  const [status, setStatus] = useState("idle");
  async function load() {
    setStatus("loading");
    await fetch("/api/data");
    setStatus("done");
  }
  return <button onClick={load}>{status}</button>;
}

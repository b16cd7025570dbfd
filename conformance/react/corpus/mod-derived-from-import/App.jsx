import { useState } from "react";
import { LIMITS } from "./limits.js";

const PLAN_NAMES = Object.keys(LIMITS.plans);
const DAILY = Object.fromEntries(PLAN_NAMES.map((p) => [p, LIMITS.uploadsPerDay * LIMITS.plans[p]]));
const MAX_BYTES = LIMITS.maxFileMb * 1024 * 1024;

export default function App() {
  const [plan, setPlan] = useState("free");
  const [uploads, setUploads] = useState(0);
  const limit = DAILY[plan];
  const left = limit - uploads;

  return (
    <div>
      {PLAN_NAMES.map((p) => (
        <label key={p}>
          <input type="radio" name="plan" checked={p === plan} onChange={() => setPlan(p)} />
          {p} ({DAILY[p]}/day)
        </label>
      ))}
      <button onClick={() => setUploads(uploads + 10)} disabled={left <= 0}>
        Upload 10 files
      </button>
      <p>
        {uploads} uploaded today, {Math.max(0, left)} left on {plan}
      </p>
      {left <= 0 && <p>Daily limit reached — upgrade for more.</p>}
      <small>Files up to {MAX_BYTES.toLocaleString("en-US")} bytes</small>
    </div>
  );
}

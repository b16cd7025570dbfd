import { useState } from "react";

type Build = { id: number; branch: string; state: "queued" | "running" | "passed" | "failed"; minutes?: number };

const initialBuilds: Build[] = [
  { id: 101, branch: "main", state: "passed", minutes: 7 },
  { id: 102, branch: "feature/login", state: "running" },
  { id: 103, branch: "fix/typo", state: "queued" },
  { id: 104, branch: "feature/search", state: "failed", minutes: 3 },
];

const nextState: Record<Build["state"], Build["state"]> = { queued: "running", running: "passed", passed: "failed", failed: "queued" };

export default function App() {
  const [builds, setBuilds] = useState(initialBuilds);

  const advance = (id: number) =>
    setBuilds(builds.map((b) => (b.id === id ? { ...b, state: nextState[b.state], minutes: b.state === "running" ? 5 : b.minutes } : b)));

  return (
    <table>
      <tbody>
        {builds.map((b) => (
          <tr key={b.id}>
            <td>#{b.id}</td>
            <td>{b.branch}</td>
            <td>
              {b.state === "passed" ? (
                <span className="badge green">✓ passed</span>
              ) : b.state === "failed" ? (
                <span className="badge red">✗ failed</span>
              ) : b.state === "running" ? (
                <span className="badge amber">● running</span>
              ) : (
                <span className="badge gray">queued</span>
              )}
            </td>
            <td>{b.minutes != null ? `${b.minutes} min` : b.state === "queued" ? "waiting" : "…"}</td>
            <td>
              <button onClick={() => advance(b.id)}>Advance</button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

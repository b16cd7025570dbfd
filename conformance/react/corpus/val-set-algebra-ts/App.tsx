import { useState } from "react";

const skills = ["React", "SQL", "Docker", "Figma", "Rust", "Go"];

function union<T>(a: Set<T>, b: Set<T>): T[] {
  return [...new Set([...a, ...b])];
}

function intersection<T>(a: Set<T>, b: Set<T>): T[] {
  return [...a].filter((x) => b.has(x));
}

function difference<T>(a: Set<T>, b: Set<T>): T[] {
  return [...a].filter((x) => !b.has(x));
}

export default function App() {
  const [required, setRequired] = useState<Set<string>>(new Set(["React", "SQL", "Docker"]));
  const [candidate, setCandidate] = useState<Set<string>>(new Set(["React", "Figma"]));

  const toggleIn = (set: Set<string>, skill: string): Set<string> => {
    const next = new Set(set);
    if (!next.delete(skill)) next.add(skill);
    return next;
  };

  const matched = intersection(required, candidate);
  const missing = difference(required, candidate);
  const score = required.size ? Math.round((matched.length / required.size) * 100) : 100;

  return (
    <div>
      <h4>Candidate skills</h4>
      {skills.map((s) => (
        <label key={s}>
          <input type="checkbox" checked={candidate.has(s)} onChange={() => setCandidate(toggleIn(candidate, s))} />
          {s}
        </label>
      ))}
      <h4>Job requires</h4>
      {skills.map((s) => (
        <button key={s} onClick={() => setRequired(toggleIn(required, s))}>
          {required.has(s) ? `− ${s}` : `+ ${s}`}
        </button>
      ))}
      <p>Match: {score}%</p>
      <p>Matched: {matched.join(", ") || "none"}</p>
      <p>Missing: {missing.join(", ") || "none"}</p>
      <p>Extra: {difference(candidate, required).join(", ") || "none"}</p>
      <p>All skills involved: {union(required, candidate).length}</p>
    </div>
  );
}

import { useState } from "react";

const STAR = "M50 5 L61 40 L98 40 L68 62 L79 97 L50 75 L21 97 L32 62 L2 40 L39 40 Z";
const RING = "M50 10 A40 40 0 1 1 49.9 10 Z M50 30 A20 20 0 1 0 50.1 30 Z";

export default function App() {
  const [rule, setRule] = useState("evenodd");
  const [clip, setClip] = useState(true);
  const [shape, setShape] = useState("ring");

  return (
    <div>
      <svg width="120" height="120" viewBox="0 0 100 100">
        <defs>
          <clipPath id="half-clip" clipPathUnits="userSpaceOnUse">
            <rect x="0" y="0" width="100" height="60" />
          </clipPath>
        </defs>
        <path
          d={shape === "ring" ? RING : STAR}
          fill="#6366f1"
          fillRule={rule}
          clipRule={rule}
          clipPath={clip ? "url(#half-clip)" : undefined}
          stroke="#312e81"
          strokeWidth={1.5}
        />
      </svg>
      <button onClick={() => setRule(rule === "evenodd" ? "nonzero" : "evenodd")}>fill-rule: {rule}</button>
      <button onClick={() => setShape(shape === "ring" ? "star" : "ring")}>Shape: {shape}</button>
      <label>
        <input type="checkbox" checked={clip} onChange={(e) => setClip(e.target.checked)} /> Clip top 60%
      </label>
    </div>
  );
}

import { useState } from "react";

type IconName = "check" | "plus" | "heart";

interface IconProps {
  name: IconName;
  size: number;
  strokeWidth: number;
  rounded: boolean;
  color: string;
}

function Icon({ name, size, strokeWidth, rounded, color }: IconProps) {
  const common = {
    fill: "none",
    stroke: color,
    strokeWidth,
    strokeLinecap: rounded ? "round" : "butt",
    strokeLinejoin: rounded ? "round" : "miter",
  } as const;
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {name === "check" && <polyline points="4 12 9 17 20 6" {...common} />}
      {name === "plus" && (
        <g {...common}>
          <line x1="12" y1="5" x2="12" y2="19" />
          <line x1="5" y1="12" x2="19" y2="12" />
        </g>
      )}
      {name === "heart" && (
        <path
          d="M12 21s-7-4.5-9.5-9A5.5 5.5 0 0 1 12 6a5.5 5.5 0 0 1 9.5 6c-2.5 4.5-9.5 9-9.5 9z"
          {...common}
          strokeMiterlimit={4}
        />
      )}
    </svg>
  );
}

const NAMES: IconName[] = ["check", "plus", "heart"];

export default function App() {
  const [weight, setWeight] = useState(2);
  const [rounded, setRounded] = useState(true);
  const [color, setColor] = useState("currentColor");

  return (
    <div>
      {NAMES.map((n) => (
        <Icon key={n} name={n} size={16 + weight * 4} strokeWidth={weight} rounded={rounded} color={color} />
      ))}
      <button onClick={() => setWeight((w) => Math.min(4, w + 0.5))}>Bolder</button>
      <button onClick={() => setWeight((w) => Math.max(1, w - 0.5))}>Lighter</button>
      <label>
        <input type="checkbox" checked={rounded} onChange={(e) => setRounded(e.target.checked)} /> Rounded caps
      </label>
      <select value={color} onChange={(e) => setColor(e.target.value)}>
        <option value="currentColor">Inherit</option>
        <option value="#e11d48">Rose</option>
        <option value="#0ea5e9">Sky</option>
      </select>
    </div>
  );
}

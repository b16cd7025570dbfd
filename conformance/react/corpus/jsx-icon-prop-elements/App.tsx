import { useState } from "react";
import type { ReactNode } from "react";

function Dot({ color }: { color: string }) {
  return <span style={{ display: "inline-block", width: 8, height: 8, borderRadius: 4, background: color }} />;
}

function ToolbarButton({ icon, label, onClick, active = false }: { icon: ReactNode; label: string; onClick: () => void; active?: boolean }) {
  return (
    <button onClick={onClick} className={active ? "active" : undefined}>
      {icon} <span>{label}</span>
    </button>
  );
}

export default function App() {
  const [bold, setBold] = useState(false);
  const [italic, setItalic] = useState(false);
  const [color, setColor] = useState("black");

  return (
    <div>
      <ToolbarButton icon={<b>B</b>} label="Bold" active={bold} onClick={() => setBold(!bold)} />
      <ToolbarButton icon={<i>I</i>} label="Italic" active={italic} onClick={() => setItalic(!italic)} />
      <ToolbarButton
        icon={<Dot color={color === "black" ? "crimson" : "black"} />}
        label={color === "black" ? "Red text" : "Black text"}
        onClick={() => setColor(color === "black" ? "crimson" : "black")}
      />
      <ToolbarButton icon="↺" label="Clear" onClick={() => { setBold(false); setItalic(false); setColor("black"); }} />
      <p style={{ fontWeight: bold ? 700 : 400, fontStyle: italic ? "italic" : "normal", color }}>
        Formatting preview text.
      </p>
    </div>
  );
}

import { useState } from "react";

type Point = { x: number; y: number };
type Command = { label: string; run: (p: Point) => Point };

const commands: Command[] = [
  { label: "Up", run: (p) => ({ ...p, y: p.y - 1 }) },
  { label: "Down", run: (p) => ({ ...p, y: p.y + 1 }) },
  { label: "Left", run: (p) => ({ ...p, x: p.x - 1 }) },
  { label: "Right", run: (p) => ({ ...p, x: p.x + 1 }) },
  { label: "Home", run: () => ({ x: 0, y: 0 }) },
];

export default function App() {
  const [history, setHistory] = useState<Command[]>([]);
  const position = history.reduce<Point>((p, cmd) => cmd.run(p), { x: 0, y: 0 });

  const replayWithout = (index: number) => setHistory(history.filter((_, i) => i !== index));

  return (
    <div>
      <div className="pad">
        {commands.map((cmd) => (
          <button key={cmd.label} onClick={() => setHistory([...history, cmd])}>
            {cmd.label}
          </button>
        ))}
      </div>
      <p>
        Robot at ({position.x}, {position.y})
      </p>
      <ol>
        {history.map((cmd, i) => (
          <li key={i}>
            {cmd.label} <button onClick={() => replayWithout(i)}>drop</button>
          </li>
        ))}
      </ol>
    </div>
  );
}

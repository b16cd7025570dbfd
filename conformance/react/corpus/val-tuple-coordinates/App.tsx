import { useState } from "react";

type Point = [x: number, y: number];

const SIZE = 5;
const directions: Record<string, Point> = {
  "↑": [0, -1],
  "←": [-1, 0],
  "→": [1, 0],
  "↓": [0, 1],
};

const clamp = (n: number) => Math.min(SIZE - 1, Math.max(0, n));

export default function App() {
  const [[x, y], setPos] = useState<Point>([2, 2]);
  const [trail, setTrail] = useState<Point[]>([]);

  function move([dx, dy]: Point) {
    const next: Point = [clamp(x + dx), clamp(y + dy)];
    setTrail((t) => [...t, [x, y]]);
    setPos(next);
  }

  const visited = (cx: number, cy: number) => trail.some(([tx, ty]) => tx === cx && ty === cy);

  return (
    <div>
      {Object.entries(directions).map(([arrow, delta]) => (
        <button key={arrow} onClick={() => move(delta)}>
          {arrow}
        </button>
      ))}
      <pre>
        {Array.from({ length: SIZE }, (_, row) =>
          Array.from({ length: SIZE }, (_, col) => (col === x && row === y ? "@" : visited(col, row) ? "·" : " ")).join("")
        ).join("\n")}
      </pre>
      <p>
        Position ({x}, {y}) after {trail.length} moves
      </p>
    </div>
  );
}

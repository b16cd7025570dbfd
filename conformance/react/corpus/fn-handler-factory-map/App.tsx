import { useState } from "react";

type Size = "XS" | "S" | "M" | "L" | "XL";

const sizes: Size[] = ["XS", "S", "M", "L", "XL"];
const colors = ["black", "navy", "olive"];

export default function App() {
  const [size, setSize] = useState<Size | null>(null);
  const [color, setColor] = useState("black");

  const handleSize = (s: Size) => () => setSize(s);
  const makeColorHandler = (c: string) => {
    return function handleColor() {
      setColor(c);
    };
  };

  return (
    <div>
      <div className="sizes">
        {sizes.map((s) => (
          <button key={s} onClick={handleSize(s)} aria-pressed={size === s}>
            {s}
          </button>
        ))}
      </div>
      <div className="colors">
        {colors.map((c) => (
          <button key={c} onClick={makeColorHandler(c)} style={{ color: c, fontWeight: color === c ? "bold" : "normal" }}>
            {c}
          </button>
        ))}
      </div>
      <p>{size ? `T-shirt, size ${size}, ${color}` : "Choose a size"}</p>
    </div>
  );
}

import { useState } from "react";

type Size = "sm" | "md" | "lg";

function buttonClass(variant: string, size: Size, active: boolean): string {
  return `btn btn-${variant} btn-${size}${active ? " is-active" : ""}`;
}

function summary(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

export default function App() {
  const [size, setSize] = useState<Size>("md");
  const [likes, setLikes] = useState(0);
  const [active, setActive] = useState(false);

  const sizes: Size[] = ["sm", "md", "lg"];
  const label = `Liked by ${summary(likes, "person")}`;

  return (
    <div>
      <button className={buttonClass("primary", size, active)} onClick={() => setLikes(likes + 1)}>
        {`♥ ${likes}`}
      </button>
      <button className={buttonClass("ghost", size, false)} onClick={() => setActive(!active)}>
        {active ? "Deactivate" : "Activate"}
      </button>
      {sizes.map((s) => (
        <button key={s} className={`chip ${s === size ? "chip--on" : ""}`.trim()} onClick={() => setSize(s)}>
          {s.toUpperCase()}
        </button>
      ))}
      <p title={label}>{label}</p>
      <pre>{`size=${size}
active=${active}
class="${buttonClass("primary", size, active)}"`}</pre>
    </div>
  );
}

import { useState } from "react";

// `let`s that no branch may assign: undefined renders nothing, and `??` gives a fallback.
function Planet({ name }) {
  let moons, ring;
  if (name === "Earth") {
    moons = 1;
  } else if (name === "Saturn") {
    moons = 146;
    ring = "bright";
  }
  return (
    <dl>
      <dt>{name}</dt>
      <dd>moons: {moons}</dd>
      <dd>rings: {ring ?? "none"}</dd>
      <dd>{moons === undefined ? "no data" : moons > 10 ? "many" : "few"}</dd>
    </dl>
  );
}

export default function App() {
  const names = ["Earth", "Saturn", "Pluto"];
  const [i, setI] = useState(0);
  return (
    <div>
      <button onClick={() => setI((i + 1) % names.length)}>Next planet</button>
      <Planet name={names[i]} />
    </div>
  );
}

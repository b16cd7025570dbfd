import { useState } from "react";

export default function Tabs() {
  const [active, setActive] = useState(0);
  const [count, setCount] = useState(0);
  let className = "tab";
  if (active === 1) className += " active";
  let label = "none";
  if (count > 2) {
    label = "many";
  } else if (count > 0) {
    label = "some";
  }
  return (
    <div>
      <button className={className} onClick={() => setActive(active === 1 ? 0 : 1)}>tab</button>
      <button onClick={() => setCount(count + 1)}>add</button>
      <p>{label}: {count}</p>
    </div>
  );
}

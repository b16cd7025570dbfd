import { useState } from "react";

function cx(...args) {
  return args
    .flatMap((a) => (typeof a === "object" && a !== null ? Object.keys(a).filter((k) => a[k]) : [a]))
    .filter(Boolean)
    .join(" ");
}

const days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

export default function App() {
  const [selected, setSelected] = useState(2);
  const [compact, setCompact] = useState(false);

  return (
    <div className={compact ? "week week--compact" : "week"}>
      <button className={`toggle ${compact ? "on" : "off"}`} onClick={() => setCompact(!compact)}>
        Compact
      </button>
      <ul>
        {days.map((d, i) => (
          <li
            key={d}
            onClick={() => setSelected(i)}
            className={cx("day", { "day--selected": i === selected, "day--weekend": i >= 5 }, compact && "small")}
          >
            {d}
          </li>
        ))}
      </ul>
      <p className={["status", selected >= 5 ? "weekend" : null].filter(Boolean).join(" ")}>
        {days[selected]} is a {selected >= 5 ? "weekend" : "week"} day
      </p>
    </div>
  );
}

import { useState } from "react";

function cx(...args) {
  return args
    .flatMap((a) => (typeof a === "object" && a !== null ? Object.keys(a).filter((k) => a[k]) : [a]))
    .filter(Boolean)
    .join(" ");
}

export default function App() {
  const [active, setActive] = useState("home");
  const [compact, setCompact] = useState(false);
  const [danger, setDanger] = useState(false);

  return (
    <div className={compact ? "layout layout--compact" : "layout"}>
      <nav className="nav">
        {["home", "reports", "settings"].map((item) => (
          <a
            key={item}
            href={"#" + item}
            className={cx("nav__link", { "nav__link--active": active === item })}
            onClick={(e) => {
              e.preventDefault();
              setActive(item);
            }}
          >
            {item}
          </a>
        ))}
      </nav>
      <button className={`btn ${danger ? "btn-danger" : "btn-primary"} ${compact ? "btn-sm" : ""}`.trim()} onClick={() => setDanger(!danger)}>
        {danger ? "Delete mode" : "Normal mode"}
      </button>
      <button className={cx("btn", "btn-outline", compact && "is-on")} onClick={() => setCompact(!compact)}>
        Compact
      </button>
      <section className={undefined}>Current: {active}</section>
    </div>
  );
}

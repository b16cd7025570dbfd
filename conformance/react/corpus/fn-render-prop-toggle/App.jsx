import { useState } from "react";

function Toggle({ initial = false, render }) {
  const [on, setOn] = useState(initial);
  return render(on, () => setOn((v) => !v));
}

function Hover({ children }) {
  const [count, setCount] = useState(0);
  return <div className="clicker">{children({ count, bump: () => setCount(count + 1) })}</div>;
}

export default function App() {
  return (
    <div>
      <Toggle
        render={(on, toggle) => (
          <button onClick={toggle} className={on ? "lamp on" : "lamp"}>
            Lamp is {on ? "ON 💡" : "off"}
          </button>
        )}
      />
      <Toggle
        initial
        render={(open, toggle) => (
          <details open={open}>
            <summary onClick={(e) => { e.preventDefault(); toggle(); }}>Details ({open ? "open" : "closed"})</summary>
            <button onClick={toggle}>Close from inside</button>
          </details>
        )}
      />
      <Hover>
        {({ count, bump }) => (
          <>
            <button onClick={bump}>Bump</button>
            <span>{count === 0 ? "never bumped" : `bumped ${count}×`}</span>
          </>
        )}
      </Hover>
    </div>
  );
}

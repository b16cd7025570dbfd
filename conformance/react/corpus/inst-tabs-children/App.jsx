import { useState } from "react";

function Clicker({ name }) {
  const [clicks, setClicks] = useState(0);
  return (
    <div className="tab-panel">
      <p>{name} panel — clicked {clicks} times</p>
      <button onClick={() => setClicks((c) => c + 1)}>Click {name}</button>
    </div>
  );
}

const tabs = ["Overview", "Specs", "Reviews"];

export default function App() {
  const [active, setActive] = useState(0);
  const [keepAlive, setKeepAlive] = useState(false);

  return (
    <div>
      <label>
        <input type="checkbox" checked={keepAlive} onChange={() => setKeepAlive(!keepAlive)} />
        Keep inactive tabs mounted
      </label>
      <div role="tablist">
        {tabs.map((t, i) => (
          <button key={t} role="tab" aria-selected={i === active} onClick={() => setActive(i)}>
            {t}
          </button>
        ))}
      </div>
      {keepAlive
        ? tabs.map((t, i) => (
            <div key={t} hidden={i !== active}>
              <Clicker name={t} />
            </div>
          ))
        : <Clicker key={tabs[active]} name={tabs[active]} />}
    </div>
  );
}

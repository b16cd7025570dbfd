import { useState } from "react";

function Tally() {
  const [n, setN] = useState(0);
  return <button onClick={() => setN(n + 1)}>Tally: {n}</button>;
}

export default function App() {
  const [paused, setPaused] = useState(false);
  const [wrapInSection, setWrapInSection] = useState(false);

  return (
    <div>
      {paused ? <p>See you later!</p> : <Tally />}
      {wrapInSection ? (
        <section className="box">
          <Tally />
        </section>
      ) : (
        <div className="box">
          <Tally />
        </div>
      )}
      <label>
        <input type="checkbox" checked={paused} onChange={(e) => setPaused(e.target.checked)} />
        Take a break
      </label>
      <label>
        <input type="checkbox" checked={wrapInSection} onChange={(e) => setWrapInSection(e.target.checked)} />
        Use a section wrapper
      </label>
    </div>
  );
}

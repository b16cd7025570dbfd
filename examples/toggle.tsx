import { useState } from "dx";

function Panel(props: { title: string; onClose: () => void }) {
  return (
    <section id="panel" class="panel">
      <h2>{props.title}</h2>
      <button id="close" onClick={props.onClose}>Close</button>
    </section>
  );
}

export default function Toggle() {
  const [open, setOpen] = useState(false);
  const [clicks, setClicks] = useState(0);
  const toggle = () => {
    setOpen(!open);
    setClicks((c) => c + 1);
  };
  return (
    <div>
      <button id="toggle" onClick={toggle}>{open ? "Hide" : "Show"} details</button>
      {open && <Panel title={"Details after " + clicks + " clicks"} onClose={() => setOpen(false)} />}
      {open ? <p id="state">open</p> : <p id="state">closed</p>}
    </div>
  );
}

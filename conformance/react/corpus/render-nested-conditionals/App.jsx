import { useState } from "react";

const FRUITS = [
  { id: 1, name: "apple" },
  { id: 2, name: "pear" },
];

function Panel({ mode }) {
  return mode === "a" ? <p className="a">Mode A</p> : <p className="b">Mode B</p>;
}

export default function App() {
  const [open, setOpen] = useState(true);
  const [mode, setMode] = useState("a");
  const [showList, setShowList] = useState(true);
  return (
    <div>
      <button onClick={() => setOpen(!open)}>open</button>
      <button onClick={() => setMode(mode === "a" ? "b" : "a")}>mode</button>
      <button onClick={() => setShowList(!showList)}>list</button>
      {open && (mode === "a" ? <h2>First</h2> : <h3>Second</h3>)}
      {open && <Panel mode={mode} />}
      {open && showList && FRUITS.map((f) => <span key={f.id}>{f.name}</span>)}
      <footer>end</footer>
    </div>
  );
}

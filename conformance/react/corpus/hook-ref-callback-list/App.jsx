import { useRef, useState } from "react";

const initialCats = ["Tom", "Maru", "Jellylorum", "Bagpuss"];

export default function App() {
  const nodesRef = useRef(null);
  const [cats, setCats] = useState(initialCats);
  const [report, setReport] = useState("");
  const [attachLog, setAttachLog] = useState([]);

  function getMap() {
    if (!nodesRef.current) nodesRef.current = new Map();
    return nodesRef.current;
  }

  function inspect() {
    const map = getMap();
    setReport(
      Array.from(map.entries())
        .map(([name, node]) => `${name}:${node.tagName.toLowerCase()}#${node.dataset.index}`)
        .join(", ")
    );
  }

  return (
    <div>
      <button onClick={inspect}>Inspect nodes</button>
      <button onClick={() => setCats(cats.slice(1))}>Adopt first cat</button>
      <button onClick={() => { setCats(initialCats); setAttachLog((l) => [...l, "restored"]); }}>Restore</button>
      <ul>
        {cats.map((cat, i) => (
          <li
            key={cat}
            data-index={i}
            ref={(node) => {
              const map = getMap();
              map.set(cat, node);
              return () => {
                map.delete(cat);
              };
            }}
          >
            {cat}
          </li>
        ))}
      </ul>
      <p>Nodes: {report || "not inspected"}</p>
      <small>{attachLog.join(", ")}</small>
    </div>
  );
}

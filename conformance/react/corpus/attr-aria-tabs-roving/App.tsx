import { useState, type KeyboardEvent } from "react";

interface Tab {
  id: string;
  label: string;
  content: string;
}

const tabs: Tab[] = [
  { id: "desc", label: "Description", content: "Handmade ceramic mug, 350 ml." },
  { id: "care", label: "Care", content: "Dishwasher safe. Not for microwave." },
  { id: "ship", label: "Shipping", content: "Ships in recycled packaging." },
];

export default function App() {
  const [selected, setSelected] = useState(0);

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.key === "ArrowRight") setSelected((s) => (s + 1) % tabs.length);
    if (e.key === "ArrowLeft") setSelected((s) => (s - 1 + tabs.length) % tabs.length);
    if (e.key === "Home") setSelected(0);
    if (e.key === "End") setSelected(tabs.length - 1);
  }

  return (
    <div>
      <div role="tablist" aria-label="Product info" onKeyDown={onKeyDown}>
        {tabs.map((t, i) => (
          <button
            key={t.id}
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={i === selected}
            aria-controls={`panel-${t.id}`}
            tabIndex={i === selected ? 0 : -1}
            onClick={() => setSelected(i)}
          >
            {t.label}
          </button>
        ))}
      </div>
      {tabs.map((t, i) => (
        <div key={t.id} role="tabpanel" id={`panel-${t.id}`} aria-labelledby={`tab-${t.id}`} hidden={i !== selected} tabIndex={0}>
          {t.content}
        </div>
      ))}
    </div>
  );
}

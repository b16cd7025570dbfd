import { useState } from "react";

function Counter() {
  const [n, setN] = useState(0);
  return <button onClick={() => setN(n + 1)}>Counted {n}</button>;
}

const tabs = [
  { id: "intro", label: "Intro", content: <p>Welcome to the settings area.</p> },
  {
    id: "list",
    label: "Shortcuts",
    content: (
      <ul>
        <li>
          <kbd>Ctrl</kbd> + <kbd>K</kbd> search
        </li>
        <li>
          <kbd>?</kbd> help
        </li>
      </ul>
    ),
  },
  { id: "counter", label: "Playground", content: <Counter /> },
  { id: "empty", label: "Empty", content: null },
];

export default function App() {
  const [activeId, setActiveId] = useState(tabs[0].id);
  const active = tabs.find((t) => t.id === activeId);

  return (
    <div>
      <div role="tablist">
        {tabs.map((tab) => (
          <button key={tab.id} role="tab" aria-selected={tab.id === activeId} onClick={() => setActiveId(tab.id)}>
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel">{active.content ?? <p>Nothing here yet.</p>}</div>
    </div>
  );
}

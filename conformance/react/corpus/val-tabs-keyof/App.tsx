import { useState } from "react";

const panels = {
  overview: { title: "Overview", body: "A lightweight bike for city commutes." },
  specs: { title: "Specifications", body: "Aluminium frame, 8 gears, 11.2 kg." },
  reviews: { title: "Reviews", body: "4.6 out of 5 from 128 riders." },
};

type TabKey = keyof typeof panels;

const order = Object.keys(panels) as TabKey[];

export default function App() {
  const [tab, setTab] = useState<TabKey>("overview");
  const [visited, setVisited] = useState<TabKey[]>(["overview"]);
  const { title, body } = panels[tab];

  function open(next: TabKey) {
    setTab(next);
    if (!visited.includes(next)) setVisited([...visited, next]);
  }

  const index = order.indexOf(tab);

  return (
    <div>
      <div role="tablist">
        {order.map((key) => (
          <button key={key} role="tab" aria-selected={key === tab} onClick={() => open(key)}>
            {panels[key].title}
          </button>
        ))}
      </div>
      <section role="tabpanel">
        <h3>{title}</h3>
        <p>{body}</p>
      </section>
      <button onClick={() => open(order[(index + 1) % order.length])}>Next tab →</button>
      <p>
        Tab {index + 1}/{order.length}; visited {visited.length === order.length ? "all" : visited.join(", ")}
      </p>
    </div>
  );
}

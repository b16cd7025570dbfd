import React, { useState } from "react";

interface PanelProps {
  title: string;
  defaultOpen?: boolean;
  children: React.ReactNode;
}

function Panel({ title, children, defaultOpen = false }: PanelProps) {
  const [isOpen, setIsOpen] = useState(defaultOpen);
  return (
    <section className="panel">
      <h3>
        <button onClick={() => setIsOpen(!isOpen)}>
          {isOpen ? "−" : "+"} {title}
        </button>
      </h3>
      {isOpen && <div className="panel-body">{children}</div>}
    </section>
  );
}

export default function App() {
  return (
    <div className="accordion">
      <Panel title="Shipping" defaultOpen>
        <p>Orders ship within 2 business days.</p>
      </Panel>
      <Panel title="Returns">
        <p>You can return items within 30 days.</p>
        <ul>
          <li>Unused items only</li>
          <li>Keep the receipt</li>
        </ul>
      </Panel>
      <Panel title="Warranty">
        <p>Two years on all electronics.</p>
      </Panel>
    </div>
  );
}

import { useState } from "react";

function Panel({ header, footer, children }) {
  return (
    <section className="panel" style={{ border: "1px solid #ccc", marginBottom: 8 }}>
      {header && <header>{header}</header>}
      <div className="panel-body">{children}</div>
      {footer ? <footer>{footer}</footer> : null}
    </section>
  );
}

export default function App() {
  const [likes, setLikes] = useState(3);
  const [showFooter, setShowFooter] = useState(true);

  return (
    <div>
      <Panel
        header={<h2>Weekly digest</h2>}
        footer={
          showFooter && (
            <>
              <button onClick={() => setLikes(likes + 1)}>👍 {likes}</button>
              <small> Updated every Monday</small>
            </>
          )
        }
      >
        <p>Three new articles this week.</p>
      </Panel>
      <Panel header="Plain text header">
        <p>This panel has no footer.</p>
      </Panel>
      <Panel footer={<button onClick={() => setShowFooter((s) => !s)}>{showFooter ? "Hide" : "Show"} digest footer</button>}>
        No header here, just a body string.
      </Panel>
    </div>
  );
}

import React, { useState } from "react";

function Callout({ kind = "info", children }) {
  return (
    <div className={`callout callout-${kind}`}>
      <strong>{kind.toUpperCase()}: </strong>
      {children}
    </div>
  );
}

export default function App() {
  const [count, setCount] = useState(0);
  const items = ["alpha", "beta"];

  return (
    <div>
      <button onClick={() => setCount(count + 1)}>Clicked {count} times</button>
      <Callout>Plain text child.</Callout>
      <Callout kind="tip">
        Text and <em>an element</em> and a number: {count}
      </Callout>
      <Callout kind="list">
        {items.map((it) => (
          <span key={it}>[{it}] </span>
        ))}
      </Callout>
      <Callout kind="mixed">
        {count > 1 ? <b>more than one</b> : "one or none"}
        {count % 2 === 0 && " (even)"}
        {null}
        {undefined}
        {false}
      </Callout>
      <Callout kind="empty" />
      <Callout kind="fragment">
        <React.Fragment>
          first <code>child</code>
        </React.Fragment>
      </Callout>
    </div>
  );
}

import React, { createContext, useContext, useState } from "react";

// Three sizes: the page default, an override for a region, and one more level inside it.
const SizeContext = createContext("medium");
const AccentContext = createContext("gray");

function Badge({ label }) {
  const size = useContext(SizeContext);
  const accent = useContext(AccentContext);
  return (
    <span className={`badge badge-${size}`} data-accent={accent}>
      {label} ({size}, {accent})
    </span>
  );
}

function Toolbar({ children }) {
  const size = useContext(SizeContext);
  return (
    <div className="toolbar">
      <Badge label="toolbar" />
      <SizeContext.Provider value={size === "small" ? "tiny" : "small"}>{children}</SizeContext.Provider>
    </div>
  );
}

export default function App() {
  const [big, setBig] = useState(false);
  const [accent, setAccent] = useState("teal");
  return (
    <main>
      <Badge label="outside" />
      <SizeContext value={big ? "large" : "medium"}>
        <Badge label="page" />
        <AccentContext.Provider value={accent}>
          <Toolbar>
            <Badge label="inside toolbar" />
            <Toolbar>
              <Badge label="nested toolbar" />
            </Toolbar>
          </Toolbar>
        </AccentContext.Provider>
      </SizeContext>
      <button onClick={() => setBig(!big)}>{big ? "Normal page" : "Big page"}</button>
      <button onClick={() => setAccent(accent === "teal" ? "plum" : "teal")}>Swap accent</button>
    </main>
  );
}

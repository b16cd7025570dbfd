import { createContext, useContext, useState } from "react";

const LevelContext = createContext(0);

function Section({ children, boxed }) {
  const level = useContext(LevelContext);
  return (
    <section className="section" style={{ border: boxed ? "1px solid #aaa" : undefined, paddingLeft: level * 8 }}>
      <LevelContext.Provider value={level + 1}>{children}</LevelContext.Provider>
    </section>
  );
}

function Heading({ children }) {
  const level = useContext(LevelContext);
  switch (level) {
    case 0:
      throw Error("Heading must be inside a Section!");
    case 1:
      return <h1>{children}</h1>;
    case 2:
      return <h2>{children}</h2>;
    case 3:
      return <h3>{children}</h3>;
    default:
      return <h4>{children} (level {level})</h4>;
  }
}

function Nested({ depth, children }) {
  if (depth === 0) return children;
  return (
    <Section boxed={depth % 2 === 0}>
      <Heading>Wrapper {depth}</Heading>
      <Nested depth={depth - 1}>{children}</Nested>
    </Section>
  );
}

export default function App() {
  const [extra, setExtra] = useState(0);
  return (
    <div>
      <button onClick={() => setExtra(extra + 1)}>Nest deeper</button>
      <button onClick={() => setExtra(Math.max(0, extra - 1))} disabled={extra === 0}>
        Flatten
      </button>
      <Section boxed>
        <Heading>Title</Heading>
        <Nested depth={extra}>
          <Section>
            <Heading>Heading</Heading>
            <Heading>Another heading</Heading>
          </Section>
        </Nested>
      </Section>
    </div>
  );
}

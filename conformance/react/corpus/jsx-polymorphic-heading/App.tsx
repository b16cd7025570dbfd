import { useState } from "react";
import type { ElementType, ReactNode } from "react";

function Text({ as: Tag = "p", children, muted = false }: { as?: ElementType; children: ReactNode; muted?: boolean }) {
  return <Tag style={{ color: muted ? "#6b7280" : undefined }}>{children}</Tag>;
}

function Heading({ level, children }: { level: 1 | 2 | 3 | 4; children: ReactNode }) {
  const Tag = `h${level}` as ElementType;
  return <Tag className={`heading-${level}`}>{children}</Tag>;
}

export default function App() {
  const [level, setLevel] = useState<1 | 2 | 3 | 4>(2);
  const [asLink, setAsLink] = useState(false);

  return (
    <div>
      <button onClick={() => setLevel(level === 4 ? 1 : ((level + 1) as 1 | 2 | 3 | 4))}>Heading level: h{level}</button>
      <button onClick={() => setAsLink(!asLink)}>Render note as {asLink ? "paragraph" : "span"}</button>
      <Heading level={level}>Release notes</Heading>
      <Text>Version 2.4 adds offline support.</Text>
      <Text as={asLink ? "span" : "p"} muted>
        Published last week.
      </Text>
      <Text as="blockquote">“Fast and tiny.”</Text>
    </div>
  );
}

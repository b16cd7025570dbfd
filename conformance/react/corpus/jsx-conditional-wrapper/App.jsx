import { useState } from "react";

function ConditionalWrap({ condition, wrap, children }) {
  return condition ? wrap(children) : children;
}

const links = [
  { id: "docs", label: "Documentation", href: "#docs" },
  { id: "blog", label: "Blog" },
  { id: "forum", label: "Forum", href: "#forum" },
];

export default function App() {
  const [linksEnabled, setLinksEnabled] = useState(true);
  const [boxed, setBoxed] = useState(false);

  return (
    <div>
      <button onClick={() => setLinksEnabled(!linksEnabled)}>{linksEnabled ? "Disable" : "Enable"} links</button>
      <button onClick={() => setBoxed(!boxed)}>{boxed ? "Unbox" : "Box"} list</button>
      <ConditionalWrap condition={boxed} wrap={(c) => <div style={{ border: "2px dashed teal", padding: 4 }}>{c}</div>}>
        <ul>
          {links.map((link) => (
            <li key={link.id}>
              <ConditionalWrap condition={linksEnabled && !!link.href} wrap={(c) => <a href={link.href}>{c}</a>}>
                <span>{link.label}</span>
              </ConditionalWrap>
            </li>
          ))}
        </ul>
      </ConditionalWrap>
    </div>
  );
}

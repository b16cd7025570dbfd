import { useState } from "react";

const doc = [
  {
    title: "Introduction",
    sections: [{ title: "Motivation", sections: [] }, { title: "Scope", sections: [] }],
  },
  {
    title: "Design",
    sections: [
      { title: "Data model", sections: [{ title: "Users", sections: [] }, { title: "Orders", sections: [] }] },
      { title: "API", sections: [] },
    ],
  },
  { title: "Conclusion", sections: [] },
];

function Outline({ sections, prefix, showNumbers }) {
  return (
    <ol className="outline">
      {sections.map((s, i) => {
        const number = prefix ? `${prefix}.${i + 1}` : `${i + 1}`;
        return (
          <OutlineEntry key={s.title} section={s} number={number} showNumbers={showNumbers} />
        );
      })}
    </ol>
  );
}

function OutlineEntry({ section, number, showNumbers }) {
  const [folded, setFolded] = useState(false);
  return (
    <li>
      {section.sections.length > 0 && (
        <button onClick={() => setFolded(!folded)}>{folded ? "+" : "-"}</button>
      )}
      {showNumbers && <span className="num">{number} </span>}
      {section.title}
      {!folded && section.sections.length > 0 && (
        <Outline sections={section.sections} prefix={number} showNumbers={showNumbers} />
      )}
    </li>
  );
}

export default function App() {
  const [showNumbers, setShowNumbers] = useState(true);
  return (
    <div>
      <label>
        <input type="checkbox" checked={showNumbers} onChange={(e) => setShowNumbers(e.target.checked)} />
        Numbered headings
      </label>
      <Outline sections={doc} prefix="" showNumbers={showNumbers} />
    </div>
  );
}

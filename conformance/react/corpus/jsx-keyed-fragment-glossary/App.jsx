import { Fragment, useState } from "react";

const terms = [
  { term: "Hook", definition: "A function that lets components use React features." },
  { term: "Prop", definition: "An input passed to a component by its parent." },
  { term: "State", definition: "Data a component remembers between renders." },
  { term: "Effect", definition: "Code that synchronises a component with an outside system." },
];

export default function App() {
  const [expanded, setExpanded] = useState(["Prop"]);
  const [reversed, setReversed] = useState(false);

  const list = reversed ? [...terms].reverse() : terms;
  const toggle = (term) => setExpanded((e) => (e.includes(term) ? e.filter((t) => t !== term) : [...e, term]));

  return (
    <div>
      <button onClick={() => setReversed(!reversed)}>Reverse order</button>
      <dl>
        {list.map(({ term, definition }) => (
          <Fragment key={term}>
            <dt onClick={() => toggle(term)} style={{ cursor: "pointer" }}>
              {expanded.includes(term) ? "▾" : "▸"} {term}
            </dt>
            {expanded.includes(term) && <dd>{definition}</dd>}
          </Fragment>
        ))}
      </dl>
    </div>
  );
}

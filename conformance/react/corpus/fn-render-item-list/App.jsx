import { useState } from "react";

function List({ items, renderItem, emptyText = "Nothing to show", getKey = (x) => x.id }) {
  if (items.length === 0) return <p className="empty">{emptyText}</p>;
  return <ul>{items.map((item, index) => <li key={getKey(item)}>{renderItem(item, index)}</li>)}</ul>;
}

const people = [
  { id: 1, name: "Hedy Lamarr", field: "engineering" },
  { id: 2, name: "Katherine Johnson", field: "mathematics" },
  { id: 3, name: "Rosalind Franklin", field: "chemistry" },
];

export default function App() {
  const [compact, setCompact] = useState(false);
  const [hidden, setHidden] = useState([]);
  const visible = people.filter((p) => !hidden.includes(p.id));

  return (
    <div>
      <label>
        <input type="checkbox" checked={compact} onChange={(e) => setCompact(e.target.checked)} /> Compact
      </label>
      <List
        items={visible}
        emptyText="Everyone is hidden"
        renderItem={(person, i) =>
          compact ? (
            <span>{person.name.split(" ")[1]}</span>
          ) : (
            <span>
              #{i + 1} <b>{person.name}</b> — {person.field}{" "}
              <button onClick={() => setHidden([...hidden, person.id])}>hide</button>
            </span>
          )
        }
      />
      <List items={hidden} getKey={(id) => id} emptyText="No hidden people" renderItem={(id) => <em>hidden #{id}</em>} />
      <button onClick={() => setHidden([])}>Show all</button>
    </div>
  );
}

import { useState } from "react";

// Render helpers as people write them: a module-level one with a destructured parameter and a
// default, helpers calling helpers, a helper given markup, and one used as a row function.
function badge({ label, tone = "plain" }) {
  return <span className={"badge " + tone}>{label}</span>;
}

const people = [
  { id: 1, name: "Ana", admin: true, points: 12 },
  { id: 2, name: "Bo", admin: false, points: 0 },
  { id: 3, name: "Cy", admin: false, points: 7 },
];

export default function App() {
  const [selected, setSelected] = useState(1);
  const [showPoints, setShowPoints] = useState(false);

  const renderPoints = (person) => {
    if (!showPoints) return null;
    if (person.points === 0) return <em>no points</em>;
    return <b>{person.points} pts</b>;
  };

  function frame(title, body) {
    return (
      <section>
        <h3>{title}</h3>
        {body}
      </section>
    );
  }

  const renderPerson = (person) => (
    <li key={person.id} className={person.id === selected ? "on" : ""}>
      <button onClick={() => setSelected(person.id)}>{person.name}</button>
      {person.admin && badge({ label: "admin", tone: "gold" })}
      {badge({ label: "#" + person.id })}
      {renderPoints(person)}
    </li>
  );

  return (
    <div>
      <button onClick={() => setShowPoints(!showPoints)}>{showPoints ? "Hide" : "Show"} points</button>
      {frame("People", <ul>{people.map(renderPerson)}</ul>)}
      {frame("Selected", <p>{people.find((p) => p.id === selected).name}</p>)}
    </div>
  );
}

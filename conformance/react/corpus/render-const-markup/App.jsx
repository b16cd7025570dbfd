import { useState } from "react";

const PEOPLE = [
  { id: 1, name: "Ada", job: "mathematician" },
  { id: 2, name: "Grace", job: "admiral" },
  { id: 3, name: "Alan", job: "logician" },
];

export default function People() {
  const [selected, setSelected] = useState(1);
  const items = PEOPLE.map((p) => (
    <li key={p.id} className={p.id === selected ? "on" : ""} onClick={() => setSelected(p.id)}>
      {p.name}, {p.job}
    </li>
  ));
  const title = selected > 1 ? <h2>Later pick</h2> : <h1>First pick</h1>;
  return (
    <article>
      {title}
      <ul>{items}</ul>
      <button onClick={() => setSelected(selected === 3 ? 1 : selected + 1)}>next</button>
    </article>
  );
}

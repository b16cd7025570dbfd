import { useState } from "dx";

// A component with its own state rendered per list row: every row is an instance with its
// own count, which stays with its key when the rows are reordered and goes with the row.
function Counter(props: { label: string; onRemove: () => void }) {
  const [count, setCount] = useState(0);
  const [starred, setStarred] = useState("");
  return (
    <li>
      <b>{props.label}</b> {count}
      <button class="inc" onClick={() => setCount(count + 1)}>+1</button>
      <button class="star" onClick={() => setStarred(starred === "" ? "★" : "")}>Star</button>
      {starred !== "" && <i>{starred}</i>}
      <button class="remove" onClick={props.onRemove}>Remove</button>
    </li>
  );
}

export default function Counters() {
  const [names, setNames] = useState(["one", "two", "three"]);
  return (
    <div>
      <button id="reverse" onClick={() => setNames([...names].reverse())}>Reverse</button>
      <ul id="counters">
        {names.map((name) => (
          <Counter key={name} label={name} onRemove={() => setNames(names.filter((n) => n !== name))} />
        ))}
      </ul>
    </div>
  );
}

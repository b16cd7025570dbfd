import { useState } from "react";
import { groupBy, sortBy, uniqBy } from "./utils.js";

const events = [
  { id: 1, title: "Jazz night", venue: "Blue Room", day: 3 },
  { id: 2, title: "Poetry slam", venue: "Library", day: 1 },
  { id: 3, title: "Jazz night", venue: "Blue Room", day: 3 },
  { id: 4, title: "Film club", venue: "Library", day: 5 },
  { id: 5, title: "Open mic", venue: "Café Nord", day: 2 },
];

export default function App() {
  const [dedupe, setDedupe] = useState(true);
  const [direction, setDirection] = useState("asc");
  const [groupKey, setGroupKey] = useState("venue");

  const list = dedupe ? uniqBy(events, (e) => `${e.title}@${e.day}`) : events;
  const grouped = groupBy(sortBy(list, (e) => e.day, direction), (e) => (groupKey === "venue" ? e.venue : `Day ${e.day}`));

  return (
    <div>
      <button onClick={() => setDirection(direction === "asc" ? "desc" : "asc")}>Sort: {direction}</button>
      <button onClick={() => setGroupKey(groupKey === "venue" ? "day" : "venue")}>Group by {groupKey === "venue" ? "day" : "venue"}</button>
      <label>
        <input type="checkbox" checked={dedupe} onChange={() => setDedupe(!dedupe)} /> Hide duplicates
      </label>
      {Object.entries(grouped).map(([group, items]) => (
        <section key={group}>
          <h4>
            {group} ({items.length})
          </h4>
          <ul>
            {items.map((e) => (
              <li key={e.id}>
                Day {e.day}: {e.title}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

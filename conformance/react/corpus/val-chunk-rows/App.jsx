import { useState } from "react";

const photos = Array.from({ length: 10 }, (_, i) => ({ id: i, caption: `Photo ${i + 1}` }));

function chunk(list, size) {
  return Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, i * size + size));
}

export default function App() {
  const [perRow, setPerRow] = useState(3);
  const [liked, setLiked] = useState([]);
  const grid = chunk(photos, perRow);

  return (
    <div>
      <label>
        Columns:{" "}
        <select value={perRow} onChange={(e) => setPerRow(parseInt(e.target.value, 10))}>
          <option value="2">2</option>
          <option value="3">3</option>
          <option value="4">4</option>
        </select>
      </label>
      <button onClick={() => setLiked(liked.length ? [] : photos.filter((p) => p.id % 3 === 0).map((p) => p.id))}>
        {liked.length ? "Unlike all" : "Like every third"}
      </button>
      {grid.map((row, r) => (
        <div key={r} className="row" style={{ display: "flex", gap: 4 }}>
          {row.map((p) => (
            <figure key={p.id} style={{ flex: `0 0 ${100 / perRow}%` }}>
              <figcaption>
                {p.caption}
                {liked.includes(p.id) ? " ♥" : ""}
              </figcaption>
            </figure>
          ))}
          {row.length < perRow && <span className="filler">{perRow - row.length} empty</span>}
        </div>
      ))}
      <p>{grid.length} rows</p>
    </div>
  );
}

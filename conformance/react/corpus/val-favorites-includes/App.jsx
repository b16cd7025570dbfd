import { useState } from "react";

const recipes = [
  { id: "r1", name: "Shakshuka", minutes: 25 },
  { id: "r2", name: "Pad see ew", minutes: 30 },
  { id: "r3", name: "Mushroom risotto", minutes: 45 },
  { id: "r4", name: "Tomato soup", minutes: 20 },
];

export default function App() {
  const [favorites, setFavorites] = useState(["r3"]);
  const [onlyFavorites, setOnlyFavorites] = useState(false);

  function toggleFavorite(id) {
    setFavorites((prev) => (prev.includes(id) ? prev.filter((f) => f !== id) : [...prev, id]));
  }

  const list = onlyFavorites ? recipes.filter((r) => favorites.includes(r.id)) : recipes;
  const quickest = [...list].sort((a, b) => a.minutes - b.minutes)[0];

  return (
    <div>
      <ul>
        {list.map((r) => {
          const isFav = favorites.includes(r.id);
          return (
            <li key={r.id}>
              <button onClick={() => toggleFavorite(r.id)} aria-pressed={isFav}>
                {isFav ? "★" : "☆"}
              </button>{" "}
              {r.name} · {r.minutes} min
            </li>
          );
        })}
      </ul>
      <label>
        <input type="checkbox" checked={onlyFavorites} onChange={() => setOnlyFavorites(!onlyFavorites)} />
        Only favorites ({favorites.length})
      </label>
      <p>{quickest ? `Quickest: ${quickest.name}` : "Nothing to cook"}</p>
    </div>
  );
}

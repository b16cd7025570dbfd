import { useState } from "react";
import slugify from "./slugify.js";

const suggestions = ["Crème brûlée à la maison", "Año nuevo — fiesta!", "Über-fast Ürün Listesi"];

export default function App() {
  const [name, setName] = useState("My First Café");
  const [separator, setSeparator] = useState("-");
  const slug = slugify(name, separator);

  return (
    <div>
      <label>
        Page name <input value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <select value={separator} onChange={(e) => setSeparator(e.target.value)}>
        <option value="-">dash</option>
        <option value="_">underscore</option>
        <option value=".">dot</option>
      </select>
      {suggestions.map((s) => (
        <button key={s} onClick={() => setName(s)}>
          {s}
        </button>
      ))}
      <p>
        Preview: <code>example.com/{slug || "…"}</code>
      </p>
      <p>{slug.length} characters</p>
    </div>
  );
}

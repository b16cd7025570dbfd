import { useState } from "react";

const toppings = ["cheese", "tomato", "onion", "pepper", "ham"];

export default function App() {
  const [crust, setCrust] = useState("thin");
  const [selected, setSelected] = useState(["cheese", "tomato"]);

  return (
    <div>
      <label>
        Crust{" "}
        <select value={crust} onChange={(e) => setCrust(e.target.value)}>
          <option value="thin">Thin</option>
          <option value="thick">Thick</option>
          <option value="gluten-free" disabled={selected.includes("ham")}>
            Gluten free
          </option>
        </select>
      </label>
      <label>
        Toppings{" "}
        <select
          multiple
          value={selected}
          onChange={(e) => setSelected(Array.from(e.target.selectedOptions, (o) => o.value))}
        >
          {toppings.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
      <button onClick={() => setSelected([])}>No toppings</button>
      <button onClick={() => setSelected(toppings)}>Everything</button>
      <button onClick={() => setCrust("thick")}>Thick crust</button>
      <p>
        {crust} crust with {selected.length ? selected.join(", ") : "nothing"}
      </p>
    </div>
  );
}

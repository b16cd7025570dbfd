import { useState } from "react";

// Markup computed by module-level functions from a function value that reads state: when the
// state changes, React renders again and the function value sees the new value (in a text
// binding and in list rows alike).
const stock = [12, 0, 3];

function keep(items, predicate) {
  return items.filter((x) => predicate(x));
}

export default function App() {
  const [minimum, setMinimum] = useState(1);
  const shown = keep(stock, (qty) => qty >= minimum);
  return (
    <div>
      <button onClick={() => setMinimum(0)}>zero</button>
      <button onClick={() => setMinimum(5)}>five</button>
      <p>{shown.join(",")}</p>
      <ul>
        {stock.map((n) => (
          <li key={n}>
            {n} {keep([n], (x) => x >= minimum).length > 0 ? "in stock" : "low"}
          </li>
        ))}
      </ul>
    </div>
  );
}

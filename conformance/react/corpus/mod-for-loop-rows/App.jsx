import { useState } from "react";

export default function App() {
  const [base, setBase] = useState(7);
  const [upTo, setUpTo] = useState(5);

  const rows = [];
  for (let i = 1; i <= upTo; i++) {
    const product = base * i;
    rows.push(
      <tr key={i} className={product % 2 === 0 ? "even" : "odd"}>
        <td>
          {base} × {i}
        </td>
        <td>{product}</td>
      </tr>
    );
  }

  const stars = [];
  for (let i = 0; i < Math.min(base, 12); i++) {
    stars.push(<span key={i}>{i % 5 === 4 ? "✶" : "·"}</span>);
  }

  return (
    <div>
      <button onClick={() => setBase(base + 1)}>Next table</button>
      <button onClick={() => setUpTo(upTo === 5 ? 10 : 5)}>{upTo === 5 ? "Show to 10" : "Show to 5"}</button>
      <table>
        <tbody>{rows}</tbody>
      </table>
      <p>{stars}</p>
    </div>
  );
}

import { useState } from "react";

function StarRating({ max = 5 }: { max?: number }) {
  const [rating, setRating] = useState<number>(0);
  return (
    <span className="stars" aria-label={`${rating} out of ${max}`}>
      {Array.from({ length: max }, (_, i) => i + 1).map((value) => (
        <button
          key={value}
          className={value <= rating ? "star on" : "star"}
          onClick={() => setRating(value === rating ? 0 : value)}
        >
          {value <= rating ? "★" : "☆"}
        </button>
      ))}
      <small> {rating ? `${rating}/${max}` : "not rated"}</small>
    </span>
  );
}

const products: string[] = ["Wool scarf", "Desk lamp", "Travel mug"];

export default function App() {
  return (
    <table>
      <tbody>
        {products.map((p) => (
          <tr key={p}>
            <td>{p}</td>
            <td>
              <StarRating max={p === "Travel mug" ? 3 : 5} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

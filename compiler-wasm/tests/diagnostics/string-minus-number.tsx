// expect: DX0204 at 10:27
// An input value is a string; subtracting from it needs a number.
import { useState } from "react";

export default function Discount() {
  const [price, setPrice] = useState("");
  return (
    <div>
      <input value={price} onInput={(e) => setPrice(e.target.value)} />
      <p>After discount: {price - 5}</p>
    </div>
  );
}

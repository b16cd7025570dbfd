// Once DX0203 (`**` was unsupported); `a ** b` is `Math.pow(a, b)`.
// Squaring with the exponent operator.
import { useState } from "react";

export default function Square() {
  const [side, setSide] = useState(2);
  return <p>Area: {side ** 2}</p>;
}

// expect: DX0203 at 7:20
// Squaring with the exponent operator.
import { useState } from "react";

export default function Square() {
  const [side, setSide] = useState(2);
  return <p>Area: {side ** 2}</p>;
}
